using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>The database engines the registry runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: one office, no server.</summary>
    Sqlite,

    /// <summary>A server shared by the bureau and all townships.</summary>
    Postgres,
}

/// <summary>Which database the registry lives in (configuration section "Database").</summary>
public sealed class DatabaseOptions
{
    /// <summary>
    /// How long a statement may wait for a writer before it: SQLite's file lock (<see cref="SqlitePragmas"/>), or on
    /// PostgreSQL a row lock, which a statement waits for until its command timeout. The providers' 30 s ran out
    /// for eight cold `jindong` processes writing one firm on a busy two-core machine.
    /// </summary>
    public static readonly TimeSpan WriteLockWait = TimeSpan.FromMinutes(2);

    public const string Section = "Database";

    /// <summary>
    /// The engine; null lets the connection string decide (a PostgreSQL connection string names a
    /// Host, so JINDONG_DB can hold either a file path or a server).
    /// </summary>
    public DatabaseProvider? Provider { get; set; }

    /// <summary>The default file when neither --db nor JINDONG_DB names one.</summary>
    public const string DefaultSqliteFile = "jindong.db";

    /// <summary>A SQLite file path, a SQLite connection string, or a PostgreSQL connection string.</summary>
    public string ConnectionString { get; set; } = DefaultSqliteFile;

    /// <summary>
    /// Turns a bare path (as --db or JINDONG_DB give it) into a connection string, leaving a
    /// full connection string as it is.
    /// </summary>
    public string SqliteConnectionString()
    {
        var value = ConnectionString.Trim();
        return value.Contains('=', StringComparison.Ordinal)
            ? value
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = value, Pooling = true, DefaultTimeout = (int)WriteLockWait.TotalSeconds }.ToString();
    }

    /// <summary>
    /// The PostgreSQL connection string with two settings the load bench's profile called for: EF Core
    /// opens and closes the pooled connection around every query, and by default Npgsql then resets it
    /// (DISCARD ALL, dropping its prepared statements) — a firm page's dozen queries were each parsed
    /// and planned anew. The registry keeps no session state on a connection (its temporary table and
    /// advisory lock are dropped and released before the connection goes back), so it skips the reset
    /// and prepares the statements it sends repeatedly. A connection string that sets either keeps its own.
    /// </summary>
    public string PostgresConnectionString()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        var given = ConnectionString.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!given.Contains("NORESETONCLOSE=", StringComparison.Ordinal))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("MAXAUTOPREPARE=", StringComparison.Ordinal))
        {
            builder.MaxAutoPrepare = 100;
        }

        if (!given.Contains("COMMANDTIMEOUT=", StringComparison.Ordinal))
        {
            builder.CommandTimeout = (int)WriteLockWait.TotalSeconds;
        }

        return builder.ConnectionString;
    }

    /// <summary>The SQLite database file, or null on PostgreSQL.</summary>
    public string? SqliteFile => EffectiveProvider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(SqliteConnectionString()).DataSource
        : null;

    public DatabaseProvider EffectiveProvider => Provider
        ?? (ConnectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite);

    /// <summary>
    /// Whether EF Core uses the engine's compiled model (generated code, migrations/compiled-models)
    /// instead of building the model from the configurations at start, which took most of a cold
    /// `jindong` command's second (docs/benchmarks.md). False for the test that finds a compiled
    /// model gone stale, and the bench that times the difference.
    /// </summary>
    public bool CompiledModel { get; init; } = true;

    /// <summary>Points EF Core at the chosen engine with that engine's own migrations assembly and model.</summary>
    public void Configure(DbContextOptionsBuilder options)
    {
        options.AddInterceptors(TierQueryInterceptor.Instance, Search.NameReadingsInterceptor.Instance);
        if (EffectiveProvider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(PostgresConnectionString(), npgsql => npgsql.MigrationsAssembly(DependencyInjection.PostgresMigrationsAssembly))
                .AddInterceptors(ChineseOrderInterceptor.Postgres);
            if (CompiledModel)
            {
                options.UseModel(CompiledModels.Postgres.JindongDbContextModel.Instance);
            }

            return;
        }

        options
            .UseSqlite(SqliteConnectionString(), sqlite => sqlite.MigrationsAssembly(DependencyInjection.SqliteMigrationsAssembly))
            .AddInterceptors(new SqlitePragmas(), ChineseOrderInterceptor.Sqlite);
        if (CompiledModel)
        {
            options.UseModel(CompiledModels.Sqlite.JindongDbContextModel.Instance);
        }
    }
}
