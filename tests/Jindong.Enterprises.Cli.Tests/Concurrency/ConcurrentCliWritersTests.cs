using System.Globalization;

namespace Jindong.Enterprises.Cli.Tests.Concurrency;

/// <summary>
/// Eight `jindong` processes at once on one registry (the SQLite file, or the PostgreSQL
/// database), recording, correcting and renaming the same two firms.
/// </summary>
public sealed class ConcurrentCliWritersTests
{
    private const int FirmA = 9;
    private const int FirmB = 12;

    [Fact]
    public async Task Eight_processes_recording_correcting_and_renaming_the_same_firms_all_succeed_and_lose_no_update()
    {
        await using var jindong = new JindongProcess(await TestDatabase.CreateSeededAsync());
        var ledger = new WriteLedger();

        // Eight processes started together: three race to record firm A's first 2023 figures while a
        // fourth records its 2024 ones (both would set the initial tier), two race on firm B's 2023,
        // and each firm is renamed meanwhile.
        (LedgerWrite Write, string[] Args)[] commands =
        [
            Record(FirmA, 2023, 20_001m), Record(FirmA, 2023, 20_002m), Record(FirmA, 2023, 20_003m), Record(FirmA, 2024, 20_004m),
            Record(FirmB, 2023, 20_005m), Record(FirmB, 2023, 20_006m), Rename(FirmA, 6), Rename(FirmB, 7),
        ];
        var processes = commands.Select(c => Task.Factory.StartNew(
            () => (c.Write, Result: ledger.Time(c.Write, () => jindong.Run(c.Args), r => r.ExitCode == 0)),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));
        var results = await Task.WhenAll(processes);

        // The CLI sends no expected version: each command is "set these values", so a concurrent
        // writer must be waited for, never reported as a failure.
        Assert.All(results, r => Assert.True(r.Result.ExitCode == 0, $"{r.Write}: exit {r.Result.ExitCode}: {r.Result.Stderr}"));
        Assert.Empty(await ledger.FindLostUpdatesAsync(jindong.Database));
    }

    private static (LedgerWrite, string[]) Record(int firm, int year, decimal output) =>
        (new LedgerWrite(firm, year, output), ["figures", "record", Id(firm), "--year", Id(year), "--output", output.ToString(CultureInfo.InvariantCulture), "--tax", "300"]);

    private static (LedgerWrite, string[]) Rename(int firm, int writer)
    {
        var name = $"金华并发改名{writer}号有限公司";
        return (new LedgerWrite(firm, Name: name), ["firms", "update", Id(firm), "--name", name]);
    }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
