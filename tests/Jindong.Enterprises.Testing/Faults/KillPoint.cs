using System.Diagnostics;
using Jindong.Enterprises.Infrastructure.Persistence;
using Npgsql;

namespace Jindong.Enterprises.Testing.Faults;

/// <summary>
/// A moment to kill a running command at: a real signal from the process or the database (how far
/// it has read its file, what it has printed, whether it has started writing the tables), then an
/// optional delay that spreads the kills over the phase the signal opens.
/// </summary>
public sealed record KillPoint(string Name, Func<RunningCommand, bool> Reached, TimeSpan After = default)
{
    /// <summary>Never: the command runs to its end.</summary>
    public static KillPoint Never { get; } = new("never (runs to the end)", _ => false);

    /// <summary>
    /// The process has read <paramref name="multiple"/> times <paramref name="file"/>'s size (its
    /// read bytes, /proc/PID/io "rchar"). The import reads a UTF-8 file without BOM twice — once to
    /// check the encoding, then its rows — so 1.3 is about 30 % into the rows.
    /// </summary>
    public static KillPoint FileRead(string file, double multiple) => new(
        $"reading, {multiple:0.0}× the file's bytes read",
        command => command.BytesRead() >= multiple * new FileInfo(file).Length);

    /// <summary>The command has printed <paramref name="text"/>, then <paramref name="after"/>.</summary>
    public static KillPoint Printed(string text, TimeSpan after = default) => new(
        after == TimeSpan.Zero ? $"printed “{text}”" : $"printed “{text}” + {after.TotalMilliseconds:0} ms",
        command => command.Stdout.Contains(text, StringComparison.Ordinal),
        after);

    /// <summary>
    /// The command is writing <paramref name="table"/> in its open transaction: on SQLite its
    /// uncommitted pages have reached the -wal file (at least <paramref name="walBytes"/>); on
    /// PostgreSQL its backend holds a row-exclusive lock on the table. Then <paramref name="after"/>.
    /// </summary>
    public static KillPoint Writing(string table, long walBytes, TimeSpan after = default) => new(
        $"writing {table} (-wal ≥ {walBytes / 1024} KiB or its lock held)" + (after == TimeSpan.Zero ? string.Empty : $" + {after.TotalMilliseconds:0} ms"),
        command => command.IsWriting(table, walBytes),
        after);
}

/// <summary>A `jindong` process under watch: its output so far, its open files, its database.</summary>
public sealed class RunningCommand : IDisposable
{
    private readonly System.Text.StringBuilder stdout = new();
    private readonly System.Text.StringBuilder stderr = new();
    private readonly DatabaseOptions database;
    private NpgsqlConnection? watcher;

    internal RunningCommand(Process process, DatabaseOptions database)
    {
        Process = process;
        this.database = database;
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public string Stdout
    {
        get
        {
            lock (stdout)
            {
                return stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>Bytes the process has read so far ("rchar" of /proc/PID/io), 0 once it has exited.</summary>
    public long BytesRead()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Process.Id}/io").First(l => l.StartsWith("rchar:", StringComparison.Ordinal));
            return long.Parse(line["rchar:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>See <see cref="KillPoint.Writing"/>.</summary>
    public bool IsWriting(string table, long walBytes)
    {
        if (database.SqliteFile is { } file)
        {
            var wal = new FileInfo(file + "-wal");
            return wal.Exists && wal.Length >= walBytes;
        }

        return HoldsLock(table, "RowExclusiveLock");
    }

    public void Dispose()
    {
        watcher?.Dispose();
        Process.Dispose();
    }

    /// <summary>Whether another session of this database holds a granted lock of <paramref name="mode"/> on <paramref name="relation"/>.</summary>
    private bool HoldsLock(string relation, string mode)
    {
        if (watcher is null)
        {
            watcher = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ToString());
            watcher.Open();
        }

        using var command = new NpgsqlCommand(
            """
            SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                            WHERE c.relname = @relation AND l.mode = @mode AND l.granted AND l.pid <> pg_backend_pid()
                              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))
            """,
            watcher);
        command.Parameters.AddWithValue("relation", relation);
        command.Parameters.AddWithValue("mode", mode);
        return (bool)command.ExecuteScalar()!;
    }

    private static void Append(System.Text.StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }
}
