using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// Reads SQLite's SQLITE_READONLY, SQLITE_FULL, SQLITE_CANTOPEN and SQLITE_IOERR, and PostgreSQL's
/// disk_full (53100), read_only_sql_transaction (25006) and io_error (58030), wherever EF Core or
/// ADO.NET wrapped them.
/// </summary>
public sealed class StorageErrors(DatabaseOptions options) : IStorageErrors
{
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteIoError = 10;

    public StorageException? Translate(Exception exception) => Translate(exception, options);

    /// <summary>For what fails outside the mediator (opening and migrating the database at start).</summary>
    public static StorageException? Translate(Exception exception, DatabaseOptions options)
    {
        if (exception is StorageException storage)
        {
            return storage;
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            StorageProblem? problem = e switch
            {
                SqliteException { SqliteErrorCode: SqliteReadOnly } => StorageProblem.ReadOnly,
                SqliteException { SqliteErrorCode: SqliteFull } => StorageProblem.Full,
                SqliteException { SqliteErrorCode: SqliteCannotOpen } => StorageProblem.CannotOpen,
                SqliteException { SqliteErrorCode: SqliteIoError } => StorageProblem.WriteFailed,
                PostgresException { SqlState: PostgresErrorCodes.DiskFull } => StorageProblem.Full,
                PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } => StorageProblem.ReadOnly,
                PostgresException { SqlState: PostgresErrorCodes.IoError } => StorageProblem.WriteFailed,
                _ => null,
            };
            if (problem is { } found)
            {
                return new StorageException(found, Describe(options), exception);
            }
        }

        return null;
    }

    /// <summary>The file's full path, or the server and database (never the password).</summary>
    private static string Describe(DatabaseOptions options)
    {
        if (options.SqliteFile is { } file)
        {
            return Path.GetFullPath(file);
        }

        var server = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        return $"{server.Host}:{server.Port}/{server.Database}";
    }
}
