using System.Globalization;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Common.Exceptions;

/// <summary>What stops the database from being written or opened.</summary>
public enum StorageProblem
{
    /// <summary>The file (or the server's database) accepts no writes.</summary>
    ReadOnly,

    /// <summary>The disk holding the database has no space left.</summary>
    Full,

    /// <summary>The file cannot be opened or created (missing folder, no permission).</summary>
    CannotOpen,

    /// <summary>Writing the database's files failed in the file system (an I/O error, an immutable journal or log).</summary>
    WriteFailed,
}

/// <summary>
/// The database refused to be written or opened for a reason outside the registry (permissions, a
/// full disk): the command was rolled back, so nothing was changed. The Infrastructure translates
/// the engine's error into this, so the CLI and the web app explain it the same way.
/// </summary>
public sealed class StorageException(StorageProblem problem, string database, Exception inner)
    : Exception(MessageFor(problem, database), inner)
{
    public StorageProblem Problem { get; } = problem;

    /// <summary>The SQLite file, or the PostgreSQL server and database.</summary>
    public string Database { get; } = database;

    private static string MessageFor(StorageProblem problem, string database) => string.Format(
        CultureInfo.CurrentCulture,
        problem switch
        {
            StorageProblem.ReadOnly => Messages.StorageReadOnly,
            StorageProblem.Full => Messages.StorageFull,
            StorageProblem.WriteFailed => Messages.StorageWriteFailed,
            _ => Messages.StorageCannotOpen,
        },
        database);
}
