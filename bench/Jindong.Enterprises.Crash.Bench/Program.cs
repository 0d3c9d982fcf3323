using System.Globalization;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Testing.Faults;

// The crash bench (docs/benchmarks.md, "Crash consistency"): the long version of
// tests/Jindong.Enterprises.Cli.Tests/Faults/CrashConsistencyTests. It kills `jindong import figures`
// of a 500,000-row file and `jindong review sign-off` of as many firms with SIGKILL at many points,
// and after each kill checks the database (SQLite integrity_check and foreign_key_check; on both
// engines no orphan rows and every firm's tier its last move's) and that it holds none or all of
// the command's writes; then runs the command to its end.
//   dotnet run -c Release --project bench/Jindong.Enterprises.Crash.Bench -- [import rows] [sign-off firms]
// On PostgreSQL, name the server as the tests do: JINDONG_TEST_POSTGRES="Host=…;Username=…" dotnet run …
// Exit code 1 when any kill left a half-written or unsound database.
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
var importRows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500_000;
var signOffRows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : importRows;
var directory = Directory.CreateTempSubdirectory("jindong-crash-bench-").FullName;
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.OSVersion}, engine {TestDatabase.Provider}");
try
{
    var reports = new List<CrashReport>();
    await using (var database = await TestDatabase.CreateSeededAsync())
    {
        var file = Path.Combine(directory, $"figures-{importRows}.csv");
        SyntheticFiguresFile.WriteCsv(file, importRows);
        // Signals first, in the order the import reaches them; timed points after the "writing" line last,
        // since one of them may let the import commit, after which the file imports as "no change".
        IReadOnlyList<KillPoint> points =
        [
            KillPoint.FileRead(file, 1.1),
            KillPoint.FileRead(file, 1.5),
            KillPoint.FileRead(file, 1.9),
            KillPoint.Printed(CrashScenarios.ImportWritingMark),
            KillPoint.Writing("Enterprises", 1024 * 1024),
            KillPoint.Writing("AnnualFigures", 8 * 1024 * 1024),
            KillPoint.Writing("AnnualFigures", 64 * 1024 * 1024),
            .. ImportDelaysMs.Select(ms => KillPoint.Printed(CrashScenarios.ImportWritingMark, TimeSpan.FromMilliseconds(ms))),
        ];
        reports.Add(await CrashScenarios.ImportAsync(database.Options, directory, file, importRows, points));
        Console.WriteLine(reports[^1]);
    }

    await using (var host = await RegistryHost.StartAsync())
    {
        var points = CrashScenarios.SignOffPoints([.. SignOffDelaysMs.Select(ms => TimeSpan.FromMilliseconds(ms))]);
        reports.Add(await CrashScenarios.SignOffAsync(host, directory, signOffRows, points));
        Console.WriteLine(reports[^1]);
    }

    var failed = reports.SelectMany(r => r.Kills.Append(r.Rerun)).Where(c => c.State == CrashState.Mixed || c.Problems.Count > 0).ToList();
    Console.WriteLine(failed.Count == 0 ? "every kill left none or all, on a sound database" : $"{failed.Count} kills left a half-written or unsound database");
    return failed.Count == 0 ? 0 : 1;
}
finally
{
    Directory.Delete(directory, recursive: true);
}

/// <summary>Delays after the import's "writing" line and after the sign-off's first tier moves, spreading the kills.</summary>
internal static partial class Program
{
    private static readonly int[] ImportDelaysMs = [500, 1_500, 3_000, 6_000, 10_000, 15_000];

    private static readonly int[] SignOffDelaysMs = [100, 300, 1_000, 2_000, 4_000];
}
