using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Jindong.Enterprises.Infrastructure.Import;

/// <summary>
/// Stages the rows of an import in a temporary table on the command's own connection and
/// transaction (on SQLite one prepared insert stepped per row, as PERFORMANCE.md asks of bulk paths; on
/// PostgreSQL one streamed binary COPY, since a row-by-row insert there is a round trip each), then compares
/// and applies them with set-based statements. Nothing here commits: the command's transaction does.
/// The SQL is the common subset of SQLite (3.39+) and PostgreSQL: quoted identifiers, @ parameters,
/// IS NOT DISTINCT FROM, UPDATE … FROM; an unqualified temporary table shadows nothing.
/// </summary>
internal sealed class FiguresImportStore(JindongDbContext db) : IFiguresImportStore, IDisposable
{
    private const string StageTable = "\"ImportStage\"";

    /// <summary>Row kinds in the staging table.</summary>
    private const int Unchanged = 0;
    private const int Added = 1;
    private const int Corrected = 2;

    private static readonly string[] ValueColumns =
        ["OutputWan", "RevenueWan", "TaxWan", "ValueAddedWan", "LandMu", "Employees", "RdWan", "EnergyTce", "EmissionsTonnes"];

    /// <summary>The staged columns, in the order <see cref="Fill"/> gives their values (both engines' single source).</summary>
    private static readonly (string Name, DbType Type)[] StagedColumns =
    [
        ("RowNo", DbType.Int32), ("EnterpriseId", DbType.Int32), ("Name", DbType.String), ("NormalizedName", DbType.String),
        ("CreditCode", DbType.String), ("TownshipId", DbType.Int32), ("OutputWan", DbType.Decimal), ("RevenueWan", DbType.Decimal),
        ("TaxWan", DbType.Decimal), ("ValueAddedWan", DbType.Decimal), ("LandMu", DbType.Decimal), ("Employees", DbType.Int32),
        ("RdWan", DbType.Decimal), ("EnergyTce", DbType.Decimal), ("EmissionsTonnes", DbType.Decimal),
    ];

    private static readonly string Columns = string.Join(", ", ValueColumns.Select(Quote));

    private static readonly string StagedColumnList = string.Join(", ", StagedColumns.Select(c => Quote(c.Name)));

    /// <summary>
    /// How Microsoft.Data.Sqlite writes a decimal parameter; the staged text is the same, so the
    /// values compared and written are those a parameterised insert would stage.
    /// </summary>
    private const string SqliteDecimalFormat = "0.0###########################";

    /// <summary>The page cache of the staging table, in KiB (a 500,000-row file stages about 75 MB).</summary>
    private const int StageCacheKib = 32 * 1024;

    /// <summary>One row's values, reused from row to row.</summary>
    private readonly object?[] values = new object?[StagedColumns.Length];

    /// <summary>
    /// SQLite: the staging insert as a statement of the engine itself, bound by position and stepped
    /// per row. Through SqliteCommand each row cost a reader and a parameter lookup by name, most of a
    /// registering import's reading time (docs/benchmarks.md).
    /// </summary>
    private sqlite3_stmt? insert;
    private NpgsqlBinaryImporter? copy;

    public async Task BeginAsync(CancellationToken ct)
    {
        await ExecuteAsync(
            $"""
            DROP TABLE IF EXISTS {StageTable};
            CREATE TEMP TABLE {StageTable} (
                "RowNo" INTEGER PRIMARY KEY, "EnterpriseId" INTEGER, "Name" TEXT, "NormalizedName" TEXT, "CreditCode" TEXT, "TownshipId" INTEGER,
                "OutputWan" NUMERIC NOT NULL, "RevenueWan" NUMERIC, "TaxWan" NUMERIC, "ValueAddedWan" NUMERIC, "LandMu" NUMERIC,
                "Employees" INTEGER, "RdWan" NUMERIC, "EnergyTce" NUMERIC, "EmissionsTonnes" NUMERIC, "Kind" INTEGER);
            """,
            ct);

        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            // Joins the command's transaction; until CompareAsync completes it, the connection does nothing else.
            copy = await connection.BeginBinaryImportAsync($"COPY {StageTable} ({StagedColumnList}) FROM STDIN (FORMAT BINARY)", ct);
            return;
        }

        // The staging table outgrows SQLite's default 2 MB page cache for temporary tables a few
        // thousand rows in, and then every insert and the statements after it go to the temporary file.
        await ExecuteAsync($"PRAGMA temp.cache_size = -{StageCacheKib}", ct);
        var handle = SqliteHandle();
        var sql = $"INSERT INTO {StageTable} ({StagedColumnList}) VALUES ({string.Join(", ", StagedColumns.Select((_, i) => $"?{i + 1}"))})";
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, sql, out var statement), handle);
        insert = statement;
    }

    public void Stage(StagedFigures row)
    {
        Fill(row);
        if (copy is not null)
        {
            StageCopy(copy);
            return;
        }

        var statement = insert ?? throw new InvalidOperationException("BeginAsync first.");
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                int number => raw.sqlite3_bind_int(statement, i + 1, number),
                decimal amount => raw.sqlite3_bind_text(statement, i + 1, amount.ToString(SqliteDecimalFormat, CultureInfo.InvariantCulture)),
                var text => raw.sqlite3_bind_text(statement, i + 1, (string)text),
            };
            SqliteException.ThrowExceptionForRC(rc, SqliteHandle());
        }

        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, SqliteHandle());
        }
    }

    public async Task<StagedCounts> CompareAsync(int year, CancellationToken ct)
    {
        await CompleteCopyAsync(ct);
        // Single commands lock their firm's row before touching its figures; the import changes figures
        // first and firms after, so without this the two could deadlock, and a record committed between
        // this comparison and the apply would be missed.
        await db.LockEnterprisesAsync(ct);

        var same = string.Join(" AND ", ValueColumns.Select(c => $"f.{Quote(c)} IS NOT DISTINCT FROM s.{Quote(c)}"));
        await ExecuteAsync(
            $"""
            CREATE INDEX "IX_ImportStage_EnterpriseId" ON {StageTable} ("EnterpriseId");
            UPDATE {StageTable} AS s SET "Kind" = CASE WHEN {same} THEN {Unchanged} ELSE {Corrected} END
              FROM "AnnualFigures" AS f WHERE f."EnterpriseId" = s."EnterpriseId" AND f."Year" = @year;
            UPDATE {StageTable} SET "Kind" = {Added} WHERE "Kind" IS NULL;
            """,
            ct,
            ("@year", year));

        int added = 0, corrected = 0, unchanged = 0, unmatched = 0;
        await using var count = Command($"SELECT \"Kind\", COUNT(*), SUM(CASE WHEN \"EnterpriseId\" IS NULL THEN 1 ELSE 0 END) FROM {StageTable} GROUP BY \"Kind\"");
        await using var reader = await count.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var n = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            unmatched += Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
            switch (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture))
            {
                case Added: added = n; break;
                case Corrected: corrected = n; break;
                default: unchanged = n; break;
            }
        }

        return new StagedCounts(added, corrected, unchanged, unmatched);
    }

    public async Task<AppliedImport> ApplyAsync(ImportApplication apply, CancellationToken ct)
    {
        var now = ("@now", (object)apply.Now);
        var who = ("@who", (object)apply.Actor);
        var year = ("@year", (object)apply.Year);
        var file = ("@file", (object)apply.SourceFile);
        var imported = ("@source", (object)nameof(FiguresSource.Import));
        var active = ("@active", (object)nameof(EnterpriseStatus.Active));

        // A registered firm is written with the tier its figures imply, as Register then Record leave it
        // (version 2: the registration, then the initial move): updating 500,000 new rows afterwards
        // was a third of a registering import. Their initial moves are written below with the others'.
        var registered = await ExecuteAsync(
            $"""
            INSERT INTO "Enterprises" ("Name", "NormalizedName", "CreditCode", "TownshipId", "SegmentSource", "CurrentTier", "Status", "Version", "CreatedAt", "UpdatedAt")
            SELECT "Name", "NormalizedName", "CreditCode", "TownshipId", @unclassified, {TierCase("\"OutputWan\"")}, @active, 2, @now, @now
              FROM {StageTable} WHERE "EnterpriseId" IS NULL ORDER BY "RowNo";
            """,
            ct,
            now,
            active,
            ("@unclassified", nameof(SegmentSource.Unclassified)));
        if (registered > 0)
        {
            await ExecuteAsync(
                $"""
                UPDATE {StageTable} AS s SET "EnterpriseId" = e."Id" FROM "Enterprises" AS e
                 WHERE s."EnterpriseId" IS NULL AND e."NormalizedName" = s."NormalizedName";
                """,
                ct);
        }

        await ExecuteAsync(
            $"""
            INSERT INTO "AnnualFiguresRevisions" ("EnterpriseId", "Year", "Version", {Columns}, "Source", "SourceFile", "RecordedBy", "RecordedAt", "SupersededAt")
            SELECT f."EnterpriseId", f."Year", f."Version", {string.Join(", ", ValueColumns.Select(c => "f." + Quote(c)))}, f."Source", f."SourceFile", f."RecordedBy", f."RecordedAt", @now
              FROM "AnnualFigures" AS f JOIN {StageTable} AS s ON s."EnterpriseId" = f."EnterpriseId"
             WHERE f."Year" = @year AND s."Kind" = {Corrected};
            UPDATE "AnnualFigures" AS f
               SET "Version" = f."Version" + 1, {string.Join(", ", ValueColumns.Select(c => $"{Quote(c)} = s.{Quote(c)}"))},
                   "Source" = @source, "SourceFile" = @file, "RecordedBy" = @who, "RecordedAt" = @now
              FROM {StageTable} AS s
             WHERE s."EnterpriseId" = f."EnterpriseId" AND f."Year" = @year AND s."Kind" = {Corrected};
            INSERT INTO "AnnualFigures" ("EnterpriseId", "Year", "Version", {Columns}, "Source", "SourceFile", "RecordedBy", "RecordedAt")
            SELECT "EnterpriseId", @year, 1, {Columns}, @source, @file, @who, @now FROM {StageTable} WHERE "Kind" = {Added} ORDER BY "RowNo";
            """,
            ct,
            now,
            who,
            year,
            file,
            imported);

        // The initial tier move RecordAnnualFigures makes for a firm whose tier is unknown, set-based:
        // the firms registered above (their staged row has a name) and matched firms without a tier.
        var tier = TierCase("s.\"OutputWan\"");
        var moves = await ExecuteAsync(
            $"""
            INSERT INTO "TierMoves" ("EnterpriseId", "Year", "From", "To", "Kind", "Reason", "IsOverride", "ReviewId", "MovedBy", "MovedAt")
            SELECT e."Id", @year, NULL, {tier}, @initial, @reason, @no, NULL, @who, @now
              FROM {StageTable} AS s JOIN "Enterprises" AS e ON e."Id" = s."EnterpriseId"
             WHERE s."Kind" IN ({Added}, {Corrected}) AND (e."CurrentTier" IS NULL OR s."Name" IS NOT NULL) AND e."Status" = @active
             ORDER BY s."RowNo";
            """,
            ct,
            now,
            who,
            year,
            active,
            ("@no", false),
            ("@initial", nameof(TierMoveKind.Initial)),
            ("@reason", apply.InitialMoveReason));
        if (moves > registered)
        {
            await ExecuteAsync(
                $"""
                UPDATE "Enterprises" AS e SET "CurrentTier" = {tier}, "Version" = e."Version" + 1, "UpdatedAt" = @now
                  FROM {StageTable} AS s
                 WHERE e."Id" = s."EnterpriseId" AND s."Kind" IN ({Added}, {Corrected}) AND e."CurrentTier" IS NULL AND e."Status" = @active;
                """,
                ct,
                now,
                active);
        }

        return new AppliedImport(registered, moves, await FirstChangedRowsAsync(apply, ct));
    }

    public async Task<IReadOnlyList<int>> ChangedFirmsAsync(CancellationToken ct)
    {
        await using var command = Command($"SELECT \"EnterpriseId\" FROM {StageTable} WHERE \"Kind\" IN ({Added}, {Corrected}) ORDER BY \"RowNo\"");
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return ids;
    }

    public async Task EndAsync(CancellationToken ct)
    {
        // A refused or cancelled import still completes the COPY: cancelling it would abort the
        // transaction, and the staging table is dropped below.
        await CompleteCopyAsync(ct);
        insert?.Dispose();
        insert = null;

        if (db.Database.GetDbConnection().State == ConnectionState.Open && db.Database.CurrentTransaction is not null && !RolledBackByEngine())
        {
            await ExecuteAsync($"DROP TABLE IF EXISTS {StageTable}", ct);
        }
    }

    /// <summary>
    /// SQLite rolls the whole transaction back by itself on some errors (SQLITE_FULL among them),
    /// taking the staging table with it; a command on that transaction would then throw and hide
    /// the real error.
    /// </summary>
    private bool RolledBackByEngine() =>
        db.Database.GetDbConnection() is SqliteConnection { Handle: { } handle } && raw.sqlite3_get_autocommit(handle) != 0;

    private sqlite3 SqliteHandle() =>
        ((SqliteConnection)db.Database.GetDbConnection()).Handle ?? throw new InvalidOperationException("An import runs on the command's open connection.");

    public void Dispose()
    {
        copy?.Dispose();
        insert?.Dispose();
    }

    private static string Quote(string column) => $"\"{column}\"";

    /// <summary>Writes one row of <see cref="values"/> to the COPY stream, each value in its column's PostgreSQL type.</summary>
    private void StageCopy(NpgsqlBinaryImporter importer)
    {
        importer.StartRow();
        foreach (var value in values)
        {
            switch (value)
            {
                case null: importer.WriteNull(); break;
                case int number: importer.Write(number, NpgsqlDbType.Integer); break;
                case decimal amount: importer.Write(amount, NpgsqlDbType.Numeric); break;
                default: importer.Write((string)value, NpgsqlDbType.Text); break;
            }
        }
    }

    private async Task CompleteCopyAsync(CancellationToken ct)
    {
        if (copy is null)
        {
            return;
        }

        await copy.CompleteAsync(ct);
        await copy.DisposeAsync();
        copy = null;
    }

    /// <summary>Puts <paramref name="row"/>'s values into <see cref="values"/>, in the order of <see cref="StagedColumns"/>.</summary>
    private void Fill(StagedFigures row)
    {
        var v = row.Values;
        values[0] = row.RowNumber;
        values[1] = row.EnterpriseId;
        values[2] = row.NewName;
        values[3] = row.NewName is null ? null : FirmNames.Normalise(row.NewName);
        values[4] = row.NewCreditCode;
        values[5] = row.NewTownshipId;
        values[6] = v.OutputWan;
        values[7] = v.RevenueWan;
        values[8] = v.TaxWan;
        values[9] = v.ValueAddedWan;
        values[10] = v.LandMu;
        values[11] = v.Employees;
        values[12] = v.RdWan;
        values[13] = v.EnergyTce;
        values[14] = v.EmissionsTonnes;
    }

    /// <summary>The SQL form of <see cref="TierScale.ImpliedBy"/>: the same thresholds, from the same table.</summary>
    private static string TierCase(string output)
    {
        var sql = new StringBuilder("CASE");
        foreach (var definition in TierScale.All.Reverse().Where(d => d.ThresholdWan > 0))
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {output} >= {definition.ThresholdWan.ToString(CultureInfo.InvariantCulture)} THEN '{definition.Tier}'");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE '{Tier.BelowScale}' END").ToString();
    }

    private async Task<IReadOnlyList<ImportedRow>> FirstChangedRowsAsync(ImportApplication apply, CancellationToken ct)
    {
        await using var command = Command(
            $"""
            SELECT s."RowNo", s."EnterpriseId", e."Name", s."Kind", f."Version", f."OutputWan"
              FROM {StageTable} AS s
              JOIN "Enterprises" AS e ON e."Id" = s."EnterpriseId"
              JOIN "AnnualFigures" AS f ON f."EnterpriseId" = s."EnterpriseId" AND f."Year" = @year
             WHERE s."Kind" IN ({Added}, {Corrected})
             ORDER BY s."RowNo" LIMIT @limit
            """,
            ("@year", apply.Year),
            ("@limit", apply.AuditedRowLimit));
        var rows = new List<ImportedRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new ImportedRow(
                Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture) == Added ? "added" : "corrected",
                Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                reader.GetDecimal(5)));
        }

        return rows;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An import runs inside the command's transaction.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
