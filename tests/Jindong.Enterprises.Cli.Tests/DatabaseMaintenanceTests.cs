using System.Diagnostics;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Cli.Tests.Support;
using Jindong.Enterprises.Testing;
using Npgsql;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>`jindong db backup|restore` on SQLite, and the documented pg_dump / pg_restore on PostgreSQL.</summary>
public sealed class DatabaseMaintenanceTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();
    private readonly string folder = Directory.CreateTempSubdirectory("jindong-backup-").FullName;

    [SqliteFact]
    public void A_backup_restored_brings_back_the_registry_as_it_was()
    {
        var backup = Path.Combine(folder, "2023-12-31.db");
        Assert.Equal(0, jindong.Run("figures", "record", "1", "--year", "2023", "--output", "520000").ExitCode);
        Assert.Equal(0, jindong.Run("db", "backup", backup).ExitCode);
        Assert.Equal(0, jindong.Run("figures", "record", "2", "--year", "2023", "--output", "510000").ExitCode);

        var restored = jindong.Run("db", "restore", backup);

        Assert.Equal(0, restored.ExitCode);
        var firm2 = jindong.Json("firms", "show", "2", "--format", "json");
        Assert.Equal(0, firm2.GetProperty("figures").GetArrayLength());
        Assert.Equal("超50亿元", jindong.Json("firms", "show", "1", "--format", "json").GetProperty("tier").GetString());
    }

    [SqliteFact]
    public void Restoring_a_file_that_is_not_a_registry_is_refused_and_changes_nothing()
    {
        jindong.Run("figures", "record", "1", "--year", "2023", "--output", "520000");
        var junk = Path.Combine(folder, "junk.db");
        File.WriteAllText(junk, "这不是数据库");

        var result = jindong.Run("db", "restore", junk);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("不是有效的培育库备份", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("超50亿元", jindong.Json("firms", "show", "1", "--format", "json").GetProperty("tier").GetString());
    }

    [SqliteFact]
    public void A_backup_never_overwrites_an_existing_file()
    {
        var backup = Path.Combine(folder, "kept.db");
        File.WriteAllText(backup, "keep me");

        var result = jindong.Run("db", "backup", backup);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("keep me", File.ReadAllText(backup));
    }

    [PostgresFact]
    public async Task On_PostgreSQL_pg_dump_and_pg_restore_carry_the_registry_to_a_new_database()
    {
        Assert.Equal(0, jindong.Run("figures", "record", "1", "--year", "2023", "--output", "520000").ExitCode);
        var source = new NpgsqlConnectionStringBuilder(jindong.Database.ConnectionString);
        var dump = Path.Combine(folder, "registry.dump");
        await using var copy = TestDatabase.CreateEmpty();
        var target = new NpgsqlConnectionStringBuilder(copy.ConnectionString);

        PgTool("pg_dump", "-Fc", "-h", source.Host!, "-p", source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", source.Username!, "-f", dump, source.Database!);
        PgTool("createdb", "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", target.Username!, target.Database!);
        PgTool("pg_restore", "-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", target.Username!, "-d", target.Database!, dump);

        await using var onCopy = new JindongProcess(copy);
        var restored = onCopy.Run("firms", "show", "1", "--format", "json");
        Assert.Equal(0, restored.ExitCode);
        Assert.Contains("\"tier\": \"超50亿元\"", restored.Stdout, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static void PgTool(string tool, params string[] args)
    {
        var binary = Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin", tool)).Last(File.Exists);
        var start = new ProcessStartInfo(binary) { RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
    }
}
