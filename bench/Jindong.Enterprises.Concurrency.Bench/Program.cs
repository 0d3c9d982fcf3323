using System.Diagnostics;
using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

// The concurrent-writers soak (docs/benchmarks.md, "Concurrent writers"): W writers in one process,
// each with its own scope and connection as the web app gives each request, record, correct and
// rename the same few seeded firms for S seconds through the real pipeline; then every successful
// write is traced in the database and the audit trail (the check of the fast tests). Writes without
// a version must all succeed; writes with the version just read may only be refused as a conflict.
//   dotnet run -c Release --project bench/Jindong.Enterprises.Concurrency.Bench -- [--writers 8] [--firms 4] [--seconds 30]
// On SQLite by default; with JINDONG_TEST_POSTGRES set (as for the tests) on that PostgreSQL server.
var options = new Dictionary<string, int>(StringComparer.Ordinal) { ["--writers"] = 8, ["--firms"] = 4, ["--seconds"] = 30 };
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
}

var (writers, firmCount, seconds) = (options["--writers"], options["--firms"], options["--seconds"]);
Console.WriteLine($"nproc={Environment.ProcessorCount}; .NET {Environment.Version}; engine={TestDatabase.Provider}; writers={writers}; firms={firmCount}; seconds={seconds}");

await using var host = await RegistryHost.StartAsync();
var firms = await host.QueryAsync(db => db.Enterprises.OrderBy(e => e.ListNo).Select(e => e.Id).Take(firmCount).ToListAsync());
var ledger = new WriteLedger();
var unexpected = new List<string>();
var (conflicts, unversionedRefusals, next) = (0, 0, 0);
var deadline = Stopwatch.StartNew();

await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
{
    var random = new Random(writer);
    while (deadline.Elapsed.TotalSeconds < seconds)
    {
        var firm = firms[random.Next(firms.Count)];
        var year = 2023 + random.Next(2);
        var unique = Interlocked.Increment(ref next);
        var kind = random.Next(3);
        var (write, command, versioned) = kind switch
        {
            0 => (new LedgerWrite(firm, year, 100_000m + unique), (object)RecordFigures.Of(firm, year, 100_000m + unique), false),
            1 => (new LedgerWrite(firm, year, 100_000m + unique), RecordFigures.Of(firm, year, 100_000m + unique, ExpectedVersion: await host.QueryAsync(db =>
                db.AnnualFigures.Where(f => f.EnterpriseId == firm && f.Year == year).Select(f => (int?)f.Version).SingleOrDefaultAsync())), true),
            _ => (new LedgerWrite(firm, Name: $"合成并发企业{unique}号有限公司"), new UpdateEnterprise(firm, Name: $"合成并发企业{unique}号有限公司", ExpectedVersion: await host.QueryAsync(db =>
                db.Enterprises.Where(e => e.Id == firm).Select(e => e.Version).SingleAsync())), true),
        };
        var failure = await ledger.TimeAsync(write, () => SendAsync(command), f => f is null);
        switch (failure)
        {
            case null:
                break;
            case ConflictException when versioned:
                Interlocked.Increment(ref conflicts);
                break;
            case ConflictException:
                Interlocked.Increment(ref unversionedRefusals);
                break;
            default:
                lock (unexpected)
                {
                    unexpected.Add($"{write}: {failure.GetType().Name}: {failure.Message}");
                }

                break;
        }
    }
}))).ConfigureAwait(false);
var elapsed = deadline.Elapsed;

var entries = ledger.Entries.ToList();
var millis = entries.Select(e => Stopwatch.GetElapsedTime(e.StartedAt, e.EndedAt).TotalMilliseconds).Order().ToList();
double Percentile(double p) => millis[(int)Math.Min(millis.Count - 1, Math.Floor(p * millis.Count))];
var problems = await ledger.FindLostUpdatesAsync(host.Database);
Console.WriteLine($"writes={entries.Count} succeeded={entries.Count(e => e.Succeeded)} ({entries.Count(e => e.Succeeded) / elapsed.TotalSeconds:F0}/s) conflicts(versioned)={conflicts} refused-unversioned={unversionedRefusals} unexpected={unexpected.Count}");
Console.WriteLine($"latency ms: p50={Percentile(0.50):F1} p95={Percentile(0.95):F1} p99={Percentile(0.99):F1} max={millis[^1]:F1}");
Console.WriteLine($"lost-update check: {(problems.Count == 0 ? "every successful write kept and audited" : $"{problems.Count} problems")}");
foreach (var line in unexpected.Take(10).Concat(problems.Take(10)))
{
    Console.WriteLine($"  {line}");
}

return problems.Count == 0 && unexpected.Count == 0 && unversionedRefusals == 0 ? 0 : 1;

async Task<Exception?> SendAsync(object command)
{
    try
    {
        _ = command switch
        {
            RecordAnnualFigures record => (object)await host.SendAsync(record),
            UpdateEnterprise update => await host.SendAsync(update),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        return null;
    }
    catch (Exception exception) when (exception is not ArgumentOutOfRangeException)
    {
        return exception;
    }
}
