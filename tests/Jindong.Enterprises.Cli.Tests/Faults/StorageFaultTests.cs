using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing.Faults;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Jindong.Enterprises.Cli.Tests.Faults;

/// <summary>
/// A database that cannot be written — a read-only file, a full disk — is refused with a Chinese
/// message naming the database and the problem, exit code 1, and nothing half-written. Each test
/// prints the mechanism it could use on this machine.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const int Rows = 20_000;

    private readonly string directory = Directory.CreateTempSubdirectory("jindong-storage-").FullName;

    [Fact]
    public async Task A_read_only_database_is_refused_with_a_message_naming_it_and_nothing_is_written()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = Path.Combine(directory, "figures.csv");
        SyntheticFiguresFile.WriteCsv(file, 200);

        CrashOutcome record, import;
        await using (var readOnly = await ReadOnlyDatabase.MakeAsync(database))
        {
            output.WriteLine($"read-only by: {readOnly.Mechanism}");
            record = Run(database.Options, "figures", "record", "9", "--year", "2023", "--output", "12000");
            import = Run(database.Options, "import", "figures", file, "--year", "2024", "--register-unknown");
        }

        foreach (var refused in new[] { record, import })
        {
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("是只读的，无法写入", refused.Stderr, StringComparison.Ordinal);
            Assert.Contains(DatabaseNamed(database.Options), refused.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", refused.Stderr, StringComparison.Ordinal);
        }

        Assert.Empty(await RegistryProbe.ProblemsAsync(database.Options));
        Assert.Equal(0, await RegistryProbe.CountAsync(database.Options, """SELECT COUNT(*) FROM "AnnualFigures" """));
        Assert.Equal(0, await RegistryProbe.CountAsync(database.Options, """SELECT COUNT(*) FROM "Enterprises" WHERE "ListNo" IS NULL"""));
        Assert.Equal(0, Run(database.Options, "figures", "record", "9", "--year", "2023", "--output", "12000").ExitCode);
    }

    [Fact]
    public async Task A_full_disk_refuses_an_import_with_a_message_naming_the_database_leaves_it_sound_and_the_rerun_completes()
    {
        var file = Path.Combine(directory, "figures.csv");
        SyntheticFiguresFile.WriteCsv(file, Rows);
        await using var seeded = await TestDatabase.CreateSeededAsync();
        if (TestDatabase.Provider == DatabaseProvider.Postgres)
        {
            await FullServerDiskAsync(seeded, file);
            return;
        }

        using var disk = SmallDisk.TryMount(1024 * 1024);
        if (disk is null)
        {
            await FullByPageLimitAsync(seeded, file);
            return;
        }

        output.WriteLine($"full disk by: a tmpfs of {disk.Bytes / 1024} KiB at {disk.Directory}");
        var registry = new DatabaseOptions { ConnectionString = Path.Combine(disk.Directory, "jindong.db") };
        File.Copy(seeded.Options.SqliteFile!, registry.SqliteFile!);

        var full = Run(registry, "import", "figures", file, "--year", "2024", "--register-unknown");

        Assert.Equal(1, full.ExitCode);
        Assert.Contains("磁盘空间已满", full.Stderr, StringComparison.Ordinal);
        Assert.Contains(registry.SqliteFile!, full.Stderr, StringComparison.Ordinal);
        Assert.Empty(await RegistryProbe.ProblemsAsync(registry));
        Assert.Equal(0, await RegistryProbe.CountAsync(registry, """SELECT COUNT(*) FROM "AnnualFigures" """));
        Assert.Equal(100, await RegistryProbe.CountAsync(registry, """SELECT COUNT(*) FROM "Enterprises" """));

        disk.Grow(64 * 1024 * 1024);
        var rerun = Run(registry, "import", "figures", file, "--year", "2024", "--register-unknown");

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Rows, await RegistryProbe.CountAsync(registry, """SELECT COUNT(*) FROM "AnnualFigures" """));
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static string DatabaseNamed(DatabaseOptions database) => database.SqliteFile is { } file
        ? Path.GetFullPath(file)
        : new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;

    private CrashOutcome Run(DatabaseOptions database, params string[] args) => CrashRun.KillAt(KillPoint.Never, database, directory, args);

    /// <summary>
    /// Without a mount (not root, or a container that forbids it), SQLite's page limit gives the
    /// same SQLITE_FULL a full disk does; it is a per-connection setting, so the import runs
    /// in-process through the real pipeline with every connection limited.
    /// </summary>
    private async Task FullByPageLimitAsync(TestDatabase database, string file)
    {
        var pages = await RegistryProbe.CountAsync(database.Options, "PRAGMA page_count;") + 64;
        output.WriteLine($"full disk by: PRAGMA max_page_count = {pages} on every connection (no tmpfs mount here)");

        var refused = await Assert.ThrowsAsync<StorageException>(() => ImportInProcessAsync(database.Options, file, new MaxPageCount(pages)));

        Assert.Equal(StorageProblem.Full, refused.Problem);
        Assert.Contains("磁盘空间已满", refused.Message, StringComparison.Ordinal);
        Assert.Contains(database.Options.SqliteFile!, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await RegistryProbe.ProblemsAsync(database.Options));
        Assert.Equal(0, await RegistryProbe.CountAsync(database.Options, """SELECT COUNT(*) FROM "AnnualFigures" """));
        Assert.Equal(0, Run(database.Options, "import", "figures", file, "--year", "2024", "--register-unknown").ExitCode);
        Assert.Equal(Rows, await RegistryProbe.CountAsync(database.Options, """SELECT COUNT(*) FROM "AnnualFigures" """));
    }

    /// <summary>
    /// PostgreSQL's disk is the server's: with a tmpfs, the test's database moves to a tablespace
    /// on it, so the server itself runs out of space (SQLSTATE 53100); without one, only the
    /// translation of that error can be checked.
    /// </summary>
    private async Task FullServerDiskAsync(TestDatabase database, string file)
    {
        using var disk = SmallDisk.TryMount(32 * 1024 * 1024);
        var tablespace = "jindong_small_" + database.Name;
        NpgsqlConnection.ClearAllPools();
        if (disk is null || SmallDisk.GiveToPostgres(disk.Directory) != 0 || !await TryCreateTablespaceAsync(tablespace, disk.Directory))
        {
            output.WriteLine("full disk by: none possible here (no tmpfs mount, or a server on another machine); checked that SQLSTATE 53100 reads as a full disk");
            var translated = StorageErrors.Translate(new PostgresException("could not extend file", "ERROR", "ERROR", PostgresErrorCodes.DiskFull), database.Options);
            Assert.Equal(StorageProblem.Full, translated?.Problem);
            Assert.Contains("磁盘空间已满", translated!.Message, StringComparison.Ordinal);
            return;
        }

        try
        {
            await TestDatabase.ExecuteOnServerAsync($"ALTER DATABASE \"{database.Name}\" SET TABLESPACE {tablespace}");
            output.WriteLine($"full disk by: the database in a tablespace on a tmpfs of {disk.Bytes / 1024} KiB");

            var full = Run(database.Options, "import", "figures", file, "--year", "2024", "--register-unknown");

            Assert.Equal(1, full.ExitCode);
            Assert.Contains("磁盘空间已满", full.Stderr, StringComparison.Ordinal);
            Assert.Contains(DatabaseNamed(database.Options), full.Stderr, StringComparison.Ordinal);
            await RegistryProbe.SettleAsync(database.Options);
            disk.Grow(256 * 1024 * 1024);
            Assert.Empty(await RegistryProbe.ProblemsAsync(database.Options));
            Assert.Equal(0, await RegistryProbe.CountAsync(database.Options, """SELECT COUNT(*) FROM "AnnualFigures" """));
            Assert.Equal(0, Run(database.Options, "import", "figures", file, "--year", "2024", "--register-unknown").ExitCode);
            Assert.Equal(Rows, await RegistryProbe.CountAsync(database.Options, """SELECT COUNT(*) FROM "AnnualFigures" """));
        }
        finally
        {
            await RegistryProbe.SettleAsync(database.Options);
            await TestDatabase.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{database.Name}\" WITH (FORCE)");
            await TestDatabase.ExecuteOnServerAsync($"DROP TABLESPACE IF EXISTS {tablespace}");
        }
    }

    /// <summary>A tablespace needs the directory on the server's own machine; a remote server refuses it.</summary>
    private static async Task<bool> TryCreateTablespaceAsync(string tablespace, string directory)
    {
        try
        {
            await TestDatabase.ExecuteOnServerAsync($"CREATE TABLESPACE {tablespace} LOCATION '{directory}'");
            return true;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    private static async Task ImportInProcessAsync(DatabaseOptions database, string file, IInterceptor limit)
    {
        await using var services = new ServiceCollection()
            .AddApplication()
            .AddInfrastructure(database)
            .AddSingleton<ICurrentUser>(new TestUser())
            .ConfigureDbContext<JindongDbContext>(options => options.AddInterceptors(limit))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportAnnualFigures(file, 2024, RegisterUnknown: true));
    }

    /// <summary>Caps every connection's database size, as a full disk would.</summary>
    private sealed class MaxPageCount(long pages) : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA max_page_count = {pages};";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
