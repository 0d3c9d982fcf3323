namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Which database the registry lives in (configuration section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The default file when neither --db nor JINDONG_DB names one.</summary>
    public const string DefaultSqliteFile = "jindong.db";

    /// <summary>A SQLite file path, or a full SQLite connection string.</summary>
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
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = value, Pooling = true, DefaultTimeout = 30 }.ToString();
    }
}
