using Jindong.Enterprises.Testing.Faults;
using Xunit.Abstractions;

namespace Jindong.Enterprises.Cli.Tests.Faults;

/// <summary>
/// `jindong` killed with SIGKILL in the middle of a large import and of a review sign-off: the
/// database stays sound and holds none or all of the command's writes, and the same command then
/// completes. The 500,000-row version is bench/Jindong.Enterprises.Crash.Bench.
/// </summary>
public sealed class CrashConsistencyTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const int ImportRows = 20_000;
    private const int SignOffRows = 10_000;

    private readonly string directory = Directory.CreateTempSubdirectory("jindong-crash-").FullName;

    [Fact]
    public async Task An_import_killed_while_reading_or_writing_leaves_none_or_all_of_the_file_and_the_rerun_imports_it()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var file = Path.Combine(directory, "figures.csv");
        SyntheticFiguresFile.WriteCsv(file, ImportRows);

        var report = await CrashScenarios.ImportAsync(
            database.Options, directory, file, ImportRows, CrashScenarios.ImportPoints(file, TimeSpan.FromMilliseconds(300)));
        output.WriteLine(report.ToString());

        Assert.All(report.Kills.Append(report.Rerun), check => Assert.Empty(check.Problems));
        Assert.All(report.Kills, check => Assert.NotEqual(CrashState.Mixed, check.State));

        // Killed while still reading the file, nothing can have been committed.
        Assert.True(report.Kills[0].Outcome.Killed, report.ToString());
        Assert.Equal(CrashState.None, report.Kills[0].State);
        Assert.True(report.Kills.Count(k => k.Outcome.Killed) >= 3, report.ToString());
        Assert.Equal(0, report.Rerun.Outcome.ExitCode);
        Assert.Equal(CrashState.All, report.Rerun.State);
    }

    [Fact]
    public async Task A_sign_off_killed_while_moving_tiers_leaves_none_or_all_of_its_moves_and_the_rerun_signs_off()
    {
        await using var host = await RegistryHost.StartAsync();

        var report = await CrashScenarios.SignOffAsync(
            host, directory, SignOffRows, CrashScenarios.SignOffPoints(TimeSpan.FromMilliseconds(100)));
        output.WriteLine(report.ToString());

        Assert.All(report.Kills.Append(report.Rerun), check => Assert.Empty(check.Problems));
        Assert.All(report.Kills, check => Assert.NotEqual(CrashState.Mixed, check.State));
        Assert.True(report.Kills[0].Outcome.Killed, report.ToString());
        Assert.Equal(CrashState.All, report.Rerun.State);

        // A kill that landed before the commit leaves the review open, and the re-run signs it off;
        // a run that got through leaves it signed off, and the re-run is refused as a second sign-off.
        var signedOffByKilledRun = report.Kills.Any(k => k.State == CrashState.All);
        Assert.Equal(signedOffByKilledRun ? 2 : 0, report.Rerun.Outcome.ExitCode);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
