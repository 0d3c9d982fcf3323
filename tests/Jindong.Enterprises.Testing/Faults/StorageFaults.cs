using System.Diagnostics;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jindong.Enterprises.Testing.Faults;

/// <summary>
/// A test's database made read-only by the strongest means this machine allows, undone on dispose.
/// Root ignores file permissions, so SQLite files are made immutable (<c>chattr +i</c>) when
/// possible, else read-only by mode when not root, else marked read-only in the SQLite header
/// itself (write version 3, which every SQLite must refuse to write). PostgreSQL: the database's
/// <c>default_transaction_read_only</c>. <see cref="Mechanism"/> says which was used.
/// </summary>
public sealed class ReadOnlyDatabase : IAsyncDisposable
{
    /// <summary>Byte 18 of a SQLite file: the write version (1 rollback journal, 2 WAL; higher means read-only).</summary>
    private const int WriteVersionOffset = 18;

    private readonly TestDatabase database;
    private readonly Func<Task> undo;

    private ReadOnlyDatabase(TestDatabase database, string mechanism, Func<Task> undo)
    {
        this.database = database;
        Mechanism = mechanism;
        this.undo = undo;
    }

    public string Mechanism { get; }

    public static async Task<ReadOnlyDatabase> MakeAsync(TestDatabase database)
    {
        if (database.Options.SqliteFile is not { } file)
        {
            await TestDatabase.ExecuteOnServerAsync($"ALTER DATABASE \"{database.Name}\" SET default_transaction_read_only = on");
            NpgsqlConnection.ClearAllPools();
            return new ReadOnlyDatabase(database, "PostgreSQL: ALTER DATABASE … SET default_transaction_read_only = on", () =>
                TestDatabase.ExecuteOnServerAsync($"ALTER DATABASE \"{database.Name}\" RESET default_transaction_read_only"));
        }

        // Everything in the main file, nothing left in -wal, and no pooled connection opened before the change.
        await RegistryProbe.SettleAsync(database.Options);
        SqliteConnection.ClearAllPools();
        if (Environment.IsPrivilegedProcess && Shell.Run("chattr", "+i", file) == 0)
        {
            return new ReadOnlyDatabase(database, "chattr +i (immutable file, as root)", () => Undo(() => Shell.Run("chattr", "-i", file)));
        }

        if (!Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(file);
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            return new ReadOnlyDatabase(database, "chmod 0444 (not root)", () => Undo(() => RestoreMode(file, mode)));
        }

        var version = SetWriteVersion(file, 3);
        return new ReadOnlyDatabase(database, "SQLite header write version 3 (root without chattr)", () => Undo(() => SetWriteVersion(file, version)));
    }

    public async ValueTask DisposeAsync()
    {
        await undo();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        GC.KeepAlive(database);
    }

    private static Task Undo(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    private static void RestoreMode(string file, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, mode);
        }
    }

    private static byte SetWriteVersion(string file, byte version)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Position = WriteVersionOffset;
        var old = (byte)stream.ReadByte();
        stream.Position = WriteVersionOffset;
        stream.WriteByte(version);
        return old;
    }
}

/// <summary>
/// A small tmpfs mounted for a test (root only, and only where the machine allows mounts),
/// unmounted on dispose. Null from <see cref="TryMount"/> when it cannot be had.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string directory, long bytes)
    {
        Directory = directory;
        Bytes = bytes;
    }

    public string Directory { get; }

    public long Bytes { get; private set; }

    public static SmallDisk? TryMount(long bytes)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return null;
        }

        var directory = System.IO.Directory.CreateTempSubdirectory("jindong-small-disk-").FullName;
        if (Shell.Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", directory) != 0)
        {
            System.IO.Directory.Delete(directory);
            return null;
        }

        return new SmallDisk(directory, bytes);
    }

    /// <summary>Hands <paramref name="directory"/> to the local PostgreSQL server's user, for a tablespace (0 when done).</summary>
    public static int GiveToPostgres(string directory) => Shell.Run("chown", "postgres:", directory);

    /// <summary>Gives the disk room again (as an administrator freeing space would).</summary>
    public void Grow(long bytes)
    {
        if (Shell.Run("mount", "-o", $"remount,size={bytes}", Directory) != 0)
        {
            throw new InvalidOperationException($"Could not grow the tmpfs at {Directory}.");
        }

        Bytes = bytes;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Shell.Run("umount", "--lazy", Directory) == 0)
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}

/// <summary>Runs a system tool quietly and gives its exit code (-1 when it does not exist).</summary>
internal static class Shell
{
    public static int Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

/// <summary>
/// A database whose files cannot be written while it is in use, undone on dispose. SQLite: its
/// write-ahead log (<c>-wal</c>) made immutable with <c>chattr +i</c> (root only; the test says so
/// when the machine does not allow it). PostgreSQL: the test's database made to fail the next
/// write as a server whose disk fails does (a trigger raising SQLSTATE 58030, io_error).
/// </summary>
public sealed class WriteFault : IAsyncDisposable
{
    private readonly Func<Task> undo;

    private WriteFault(string mechanism, Func<Task> undo)
    {
        Mechanism = mechanism;
        this.undo = undo;
    }

    public string Mechanism { get; }

    public static async Task<WriteFault> MakeAsync(TestDatabase database)
    {
        if (database.Options.SqliteFile is not { } file)
        {
            await ExecuteAsync(database, """
                CREATE FUNCTION jindong_io_error() RETURNS trigger LANGUAGE plpgsql AS
                  $$ BEGIN RAISE EXCEPTION 'could not write to file "base/16384/1259": Input/output error' USING ERRCODE = '58030'; END $$;
                CREATE TRIGGER jindong_io_error BEFORE INSERT OR UPDATE ON "AnnualFigures" FOR EACH ROW EXECUTE FUNCTION jindong_io_error();
                """);
            return new WriteFault("PostgreSQL: a trigger raising SQLSTATE 58030 (io_error)", () => ExecuteAsync(database, """
                DROP TRIGGER jindong_io_error ON "AnnualFigures";
                DROP FUNCTION jindong_io_error();
                """));
        }

        var wal = file + "-wal";
        if (!Environment.IsPrivilegedProcess || !File.Exists(wal) || Shell.Run("chattr", "+i", wal) != 0)
        {
            throw new InvalidOperationException($"This test makes {wal} immutable and needs root with chattr, which this machine does not give.");
        }

        return new WriteFault("chattr +i on the -wal file (as root)", () =>
        {
            Shell.Run("chattr", "-i", wal);
            return Task.CompletedTask;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await undo();
        SqliteConnection.ClearAllPools();
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
