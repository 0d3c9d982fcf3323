using System.Diagnostics;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Infrastructure.Persistence;

namespace Jindong.Enterprises.Testing.Faults;

/// <summary>What a killed command left: none of its writes, all of them, or (a defect) something between.</summary>
public enum CrashState
{
    None,
    All,
    Mixed,
}

/// <summary>One kill and what the database held afterwards.</summary>
public sealed record CrashCheck(CrashOutcome Outcome, CrashState State, string Counts, IReadOnlyList<string> Problems);

/// <summary>Every kill of a scenario, then the same command run to its end.</summary>
public sealed record CrashReport(string Command, IReadOnlyList<CrashCheck> Kills, CrashCheck Rerun, TimeSpan Elapsed)
{
    public override string ToString() => string.Join(
        Environment.NewLine,
        [
            $"{Command}: {Kills.Count(k => k.Outcome.Killed)} kills in {Elapsed.TotalSeconds:0.0} s",
            .. Kills.Select(k => Line(k.Outcome.Killed ? "killed" : $"finished (exit {k.Outcome.ExitCode})", k)),
            Line($"re-run: exit {Rerun.Outcome.ExitCode}", Rerun),
        ]);

    private static string LastLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? string.Empty;

    private static string Line(string what, CrashCheck check) =>
        $"  {check.Outcome.Point}: {what} at {check.Outcome.At.TotalSeconds:0.00} s, last printed “{LastLine(check.Outcome.Stdout)}” → {check.State} ({check.Counts})" +
        (check.Problems.Count == 0 ? ", sound" : ", PROBLEMS: " + string.Join("; ", check.Problems));
}

/// <summary>
/// Kills `jindong import figures` and `jindong review sign-off` at the given points on one
/// database, checking after each kill that the database is sound and holds none or all of the
/// command's writes, then runs the command once more to its end.
/// </summary>
public static class CrashScenarios
{
    public const int ImportYear = 2024;
    public const int ReviewYear = 2025;

    /// <summary>What the import prints once the file is read and staged (CliText.ImportWritingLine).</summary>
    public const string ImportWritingMark = "正在比对和写入";

    /// <summary>A spread over the import's phases: reading, comparing, writing firms and figures, and timed points after.</summary>
    public static IReadOnlyList<KillPoint> ImportPoints(string file, params TimeSpan[] afterWriting) =>
    [
        KillPoint.FileRead(file, 1.3),
        KillPoint.Printed(ImportWritingMark),
        KillPoint.Writing("Enterprises", 256 * 1024),
        KillPoint.Writing("AnnualFigures", 2 * 1024 * 1024),
        .. afterWriting.Select(after => KillPoint.Printed(ImportWritingMark, after)),
    ];

    /// <summary>Sign-off: as soon as it writes tier moves, and timed points after.</summary>
    public static IReadOnlyList<KillPoint> SignOffPoints(params TimeSpan[] afterWriting) =>
    [
        KillPoint.Writing("TierMoves", 64 * 1024),
        .. afterWriting.Select(after => KillPoint.Writing("TierMoves", 64 * 1024, after)),
    ];

    /// <summary>
    /// Imports <paramref name="file"/> (firms 1…<paramref name="rows"/>, all unknown to the
    /// registry, so the import also registers them and sets their first tier) with a kill at each point.
    /// </summary>
    public static async Task<CrashReport> ImportAsync(DatabaseOptions database, string directory, string file, int rows, IEnumerable<KillPoint> points)
    {
        var watch = Stopwatch.StartNew();
        var firms = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "Enterprises" """);
        var moves = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "TierMoves" """);
        async Task<(CrashState, string)> StateAsync()
        {
            var figures = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "AnnualFigures" WHERE "Year" = @p0""", ImportYear);
            var audits = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "AuditEntries" WHERE "Command" = @p0""", nameof(ImportAnnualFigures));
            var registered = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "Enterprises" """) - firms;
            var initial = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "TierMoves" """) - moves;
            var counts = $"figures {figures}, audit entries {audits}, firms registered {registered}, initial tier moves {initial}";
            // All: the import's own entry, and each firm's registration, initial tier and figures.
            return ((figures, audits, registered, initial) switch
            {
                (0, 0, 0, 0) => CrashState.None,
                var all when all == (rows, 1 + (3 * rows), rows, rows) => CrashState.All,
                _ => CrashState.Mixed,
            }, counts);
        }

        string[] command = ["import", "figures", file, "--year", ImportYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "--register-unknown"];
        return await RunAsync("import figures", database, directory, command, points, StateAsync, watch);
    }

    /// <summary>
    /// Prepares a review to sign off through <paramref name="host"/> (the year before imported with
    /// first tiers, the review year's output tripled, the review started and every proposal
    /// approved), then signs it off with a kill at each point until one leaves it signed off.
    /// </summary>
    public static async Task<CrashReport> SignOffAsync(RegistryHost host, string directory, int rows, IEnumerable<KillPoint> points)
    {
        var database = host.Database.Options;
        var before = Path.Combine(directory, $"before-{rows}.csv");
        var review = Path.Combine(directory, $"review-{rows}.csv");
        SyntheticFiguresFile.WriteCsv(before, rows);
        SyntheticFiguresFile.WriteCsv(review, rows, outputFactor: 3);
        await host.SendAsync(new ImportAnnualFigures(before, ReviewYear - 1, RegisterUnknown: true));
        await host.SendAsync(new ImportAnnualFigures(review, ReviewYear));
        await host.SendAsync(new StartAnnualReview(ReviewYear));
        var approved = await host.SendAsync(new ApproveAllProposals(ReviewYear, "评审会一致通过"));

        var watch = Stopwatch.StartNew();
        async Task<(CrashState, string)> StateAsync()
        {
            var status = await RegistryProbe.TextAsync(database, """SELECT "Status" FROM "AnnualReviews" WHERE "Year" = @p0""", ReviewYear);
            var moves = await RegistryProbe.CountAsync(
                database, """SELECT COUNT(*) FROM "TierMoves" m JOIN "AnnualReviews" r ON r."Id" = m."ReviewId" WHERE r."Year" = @p0""", ReviewYear);
            var audits = await RegistryProbe.CountAsync(database, """SELECT COUNT(*) FROM "AuditEntries" WHERE "Command" = @p0""", nameof(SignOffReview));
            var counts = $"review {status}, tier moves {moves} of {approved} approved, audit entries {audits}";
            return ((status, moves, audits) switch
            {
                ("Open", 0, 0) => CrashState.None,
                var all when all == ("SignedOff", approved, approved + 1) => CrashState.All,
                _ => CrashState.Mixed,
            }, counts);
        }

        string[] command = ["review", "sign-off", "--year", ReviewYear.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return await RunAsync("review sign-off", database, directory, command, points, StateAsync, watch, stopWhenDone: true);
    }

    private static async Task<CrashReport> RunAsync(
        string name,
        DatabaseOptions database,
        string directory,
        string[] command,
        IEnumerable<KillPoint> points,
        Func<Task<(CrashState State, string Counts)>> stateAsync,
        Stopwatch watch,
        bool stopWhenDone = false)
    {
        async Task<CrashCheck> CheckAsync(CrashOutcome outcome)
        {
            // A PostgreSQL backend outlives its killed client until its statement ends, and commits
            // if the client had already sent COMMIT: look once it has gone. SQLite is looked at as
            // the kill left it, before any checkpoint.
            if (database.SqliteFile is null)
            {
                await RegistryProbe.SettleAsync(database);
            }

            var (state, counts) = await stateAsync();
            return new CrashCheck(outcome, state, counts, await RegistryProbe.ProblemsAsync(database));
        }

        var kills = new List<CrashCheck>();
        foreach (var point in points)
        {
            await RegistryProbe.SettleAsync(database);
            var check = await CheckAsync(CrashRun.KillAt(point, database, directory, command));
            kills.Add(check);

            // A signed-off review refuses a second sign-off: once one run got through, there is nothing left to kill.
            if (stopWhenDone && check.State != CrashState.None)
            {
                break;
            }
        }

        await RegistryProbe.SettleAsync(database);
        var rerun = await CheckAsync(CrashRun.KillAt(KillPoint.Never, database, directory, command));
        return new CrashReport(name, kills, rerun, watch.Elapsed);
    }
}
