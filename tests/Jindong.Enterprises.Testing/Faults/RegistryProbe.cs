using System.Data.Common;
using System.Globalization;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jindong.Enterprises.Testing.Faults;

/// <summary>
/// Looks at a database after a crash through a connection of its own (no pool, no EF): is it
/// sound, and what do its tables hold.
/// </summary>
public static class RegistryProbe
{
    /// <summary>Rows that point at nothing, and firms whose recorded tier is not their last move's (a half-applied move).</summary>
    private const string OrphansAndTiers = """
        SELECT
          (SELECT COUNT(*) FROM "AnnualFigures" f WHERE NOT EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = f."EnterpriseId"))
        + (SELECT COUNT(*) FROM "AnnualFiguresRevisions" r WHERE NOT EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = r."EnterpriseId"))
        + (SELECT COUNT(*) FROM "TierMoves" m WHERE NOT EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = m."EnterpriseId"))
        + (SELECT COUNT(*) FROM "TierMoves" m WHERE m."ReviewId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "AnnualReviews" v WHERE v."Id" = m."ReviewId"))
        + (SELECT COUNT(*) FROM "ReviewProposals" p WHERE NOT EXISTS (SELECT 1 FROM "AnnualReviews" v WHERE v."Id" = p."ReviewId"))
        + (SELECT COUNT(*) FROM "AuditEntries" a WHERE a."EnterpriseId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Enterprises" e WHERE e."Id" = a."EnterpriseId"))
        """;

    // Set-based (each firm's last move by one grouped scan): a per-firm "ORDER BY Id DESC LIMIT 1"
    // walked the whole TierMoves index for every firm without moves, minutes on PostgreSQL at 500,000 rows.
    private const string TierDisagreements = """
        SELECT COUNT(*) FROM "Enterprises" e
          LEFT JOIN (SELECT "EnterpriseId", MAX("Id") AS "LastId" FROM "TierMoves" GROUP BY "EnterpriseId") l ON l."EnterpriseId" = e."Id"
          LEFT JOIN "TierMoves" m ON m."Id" = l."LastId"
         WHERE e."CurrentTier" IS DISTINCT FROM m."To"
        """;

    /// <summary>
    /// What is wrong with the database, or an empty list. SQLite: <c>PRAGMA integrity_check</c> and
    /// <c>PRAGMA foreign_key_check</c>; both engines: no orphan rows, and every firm's recorded
    /// tier is the one its last tier move set (PostgreSQL has no integrity_check: its WAL replay is
    /// the server's business, so what a test can see is the rows).
    /// </summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(DatabaseOptions database)
    {
        var problems = new List<string>();
        await using var connection = Open(database);
        if (connection is SqliteConnection)
        {
            var integrity = await RowsAsync(connection, "PRAGMA integrity_check;");
            if (integrity is not ["ok"])
            {
                problems.Add("integrity_check: " + string.Join("; ", integrity));
            }

            var foreignKeys = await RowsAsync(connection, "PRAGMA foreign_key_check;");
            if (foreignKeys.Count > 0)
            {
                problems.Add("foreign_key_check: " + string.Join("; ", foreignKeys.Take(5)));
            }
        }

        if (await ScalarAsync(connection, OrphansAndTiers) is var orphans and > 0)
        {
            problems.Add($"{orphans} orphan rows");
        }

        if (await ScalarAsync(connection, TierDisagreements) is var tiers and > 0)
        {
            problems.Add($"{tiers} firms whose tier is not their last move's");
        }

        return problems;
    }

    /// <summary>
    /// Readies the database for the next watched run, so its signals start from nothing: SQLite's
    /// -wal file checkpointed and truncated (it never shrinks by itself); on PostgreSQL, waits
    /// until no other session is left in the database (a killed command's backend finishes its
    /// statement before it notices, and keeps its locks until then).
    /// </summary>
    public static async Task SettleAsync(DatabaseOptions database)
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        await using var connection = Open(database);
        if (connection is SqliteConnection)
        {
            await ScalarAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
            return;
        }

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await ScalarAsync(connection, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()") > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Sessions of a killed command are still open after a minute.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>One number from <paramref name="sql"/> (e.g. a COUNT), with @p0, @p1 … bound to <paramref name="parameters"/>.</summary>
    public static async Task<long> CountAsync(DatabaseOptions database, string sql, params object[] parameters)
    {
        await using var connection = Open(database);
        return await ScalarAsync(connection, sql, parameters);
    }

    /// <summary>One text value from <paramref name="sql"/>, or null.</summary>
    public static async Task<string?> TextAsync(DatabaseOptions database, string sql, params object[] parameters)
    {
        await using var connection = Open(database);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync() as string;
    }

    private static DbConnection Open(DatabaseOptions database)
    {
        DbConnection connection = database.SqliteFile is { } file
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, object[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;

        // After many killed 500,000-row imports PostgreSQL's tables hold millions of dead rows until
        // autovacuum runs, and the checks scan them: slow, but the answer is what matters.
        command.CommandTimeout = 600;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = parameters[i];
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, params object[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = Command(connection, sql, []);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
