using Jindong.Enterprises.Domain.Users;
using System.Diagnostics;
using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

// Times the annual review and the progress report on a generated, clearly synthetic registry
// ("合成企业…", one year of figures) against one hand-written SQL statement computing the same
// implied tiers and counts, in the same run. Usage: dotnet run -c Release -- [sizes…] [--repeat N] [--keep]
const int Year = 2023;
var arguments = args.ToList();
var repeat = 3;
var repeatAt = arguments.IndexOf("--repeat");
if (repeatAt >= 0)
{
    repeat = int.Parse(arguments[repeatAt + 1], CultureInfo.InvariantCulture);
    arguments.RemoveRange(repeatAt, 2);
}

var keep = arguments.Remove("--keep");
var sizes = arguments.Count > 0 ? arguments.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [60_000, 500_000];
Console.WriteLine($"nproc={Environment.ProcessorCount}; cpu={CpuModel()}; .NET {Environment.Version}; repetitions={repeat}");

foreach (var size in sizes)
{
    var file = Path.Combine(Path.GetTempPath(), $"jindong-bench-{size}-{Guid.NewGuid():N}.db");
    try
    {
        await RunAsync(size, file, repeat);
    }
    finally
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            if (!keep)
            {
                File.Delete(file + suffix);
            }
        }

        if (keep)
        {
            Console.WriteLine($"  kept {file}");
        }
    }
}

static async Task RunAsync(int size, string file, int repeat)
{
    var services = new ServiceCollection()
        .AddApplication()
        .AddInfrastructure(new DatabaseOptions { ConnectionString = file })
        .AddSingleton<ICurrentUser, BenchUser>()
        .BuildServiceProvider();
    MeasureStorage storage;
    TierSql tiers;
    await using (var scope = services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // The registry's stored forms (scaled integers on SQLite) for the raw rows and the raw statement.
        var model = scope.ServiceProvider.GetRequiredService<JindongDbContext>().Model;
        (storage, tiers) = (new MeasureStorage(model), new TierSql(model));
    }

    var connectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString();
    var generate = Stopwatch.StartNew();
    var changed = Generate(connectionString, size, storage);
    Console.WriteLine($"\n{size:N0} synthetic firms with {Year} figures generated in {generate.Elapsed.TotalSeconds:F1} s ({changed:N0} whose output implies another tier than recorded)");

    var rawSql = $"""
        SELECT {tiers.ImpliedRank("f.OutputWan")} AS Rank, COUNT(*)
        FROM AnnualFigures f JOIN Enterprises e ON e.Id = f.EnterpriseId
        WHERE f.Year = {Year} AND e.Status = 'Active'
        GROUP BY Rank
        """;

    var raw = new List<double>();
    var start = new List<double>();
    var progress = new List<double>();
    int proposals = 0;
    for (var i = 0; i < repeat; i++)
    {
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            Execute(connection, "DELETE FROM ReviewProposals; DELETE FROM AnnualReviews; PRAGMA wal_checkpoint(TRUNCATE);");
            var watch = Stopwatch.StartNew();
            using var command = connection.CreateCommand();
            command.CommandText = rawSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
            }

            raw.Add(watch.Elapsed.TotalMilliseconds);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            proposals = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StartAnnualReview(Year))).Proposals;
            start.Add(watch.Elapsed.TotalMilliseconds);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetProgressReport(Year));
            progress.Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    Console.WriteLine($"  raw SQL tier counts      {Summary(raw)}");
    Console.WriteLine($"  review start (mediator)  {Summary(start)}  ratio {Median(start) / Median(raw):F2}×  ({proposals:N0} proposals written)");
    Console.WriteLine($"  report progress          {Summary(progress)}  ratio {Median(progress) / Median(raw):F2}×");

    // Once, after the repetitions: signing off changes the recorded tiers, so it cannot be repeated on the same data.
    await using (var scope = services.CreateAsyncScope())
    {
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var watch = Stopwatch.StartNew();
        await mediator.Send(new ApproveAllProposals(Year, "benchmark"));
        var approveAll = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var signed = await mediator.Send(new SignOffReview(Year));
        Console.WriteLine($"  approve-all (once)       {approveAll,8:F0} ms; sign-off (once) {watch.Elapsed.TotalMilliseconds:F0} ms for {signed.Applied:N0} moves");
    }
    await services.DisposeAsync();
}

// Every firm gets a recorded tier; one in ten has output that implies another tier.
static int Generate(string connectionString, int size, MeasureStorage storage)
{
    var random = new Random(20231231);
    using var connection = new SqliteConnection(connectionString);
    connection.Open();
    Execute(connection, "PRAGMA synchronous = NORMAL;");
    var townships = Ids(connection, "SELECT Id FROM Townships");
    var segments = Ids(connection, "SELECT Id FROM Segments");
    var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
    using var transaction = connection.BeginTransaction();
    using var firm = connection.CreateCommand();
    firm.Transaction = transaction;
    firm.CommandText = """
        INSERT INTO Enterprises (Name, NormalizedName, TownshipId, SegmentId, SegmentSource, Target, CurrentTier, Status, Version, CreatedAt, UpdatedAt)
        VALUES ($name, $name, $township, $segment, 'Manual', $target, $tier, 'Active', 1, $now, $now) RETURNING Id
        """;
    var name = firm.Parameters.Add("$name", SqliteType.Text);
    var township = firm.Parameters.Add("$township", SqliteType.Integer);
    var segment = firm.Parameters.Add("$segment", SqliteType.Integer);
    var target = firm.Parameters.Add("$target", SqliteType.Text);
    var tier = firm.Parameters.Add("$tier", SqliteType.Text);
    firm.Parameters.AddWithValue("$now", now);
    firm.Prepare();

    using var figures = connection.CreateCommand();
    figures.Transaction = transaction;
    figures.CommandText = $"""
        INSERT INTO AnnualFigures (EnterpriseId, Year, Version, OutputWan, TaxWan, ValueAddedWan, LandMu, Source, RecordedBy, RecordedAt)
        VALUES ($id, {Year}, 1, $output, $tax, $va, $land, 'Manual', 'bench', $now)
        """;
    var id = figures.Parameters.Add("$id", SqliteType.Integer);
    var output = figures.Parameters.Add("$output", SqliteType.Integer);
    var tax = figures.Parameters.Add("$tax", SqliteType.Integer);
    var va = figures.Parameters.Add("$va", SqliteType.Integer);
    var land = figures.Parameters.Add("$land", SqliteType.Integer);
    figures.Parameters.AddWithValue("$now", now);
    figures.Prepare();

    var changed = 0;
    for (var i = 1; i <= size; i++)
    {
        // Output spread log-uniformly from 500 万元 to 800,000 万元, so every tier is populated.
        var value = Math.Round((decimal)(500 * Math.Pow(1600, random.NextDouble())), 4);
        var implied = TierScale.ImpliedBy(value);
        var recorded = implied;
        if (random.Next(10) == 0)
        {
            recorded = implied == Tier.BelowScale ? Tier.AboveScale : implied - 1;
            changed++;
        }

        name.Value = $"合成企业{i:D7}";
        township.Value = townships[random.Next(townships.Length)];
        segment.Value = segments[random.Next(segments.Length)];
        target.Value = random.Next(4) == 0 ? Tier.Over100Million.ToString() : DBNull.Value;
        tier.Value = recorded.ToString();
        id.Value = (long)firm.ExecuteScalar()!;
        output.Value = storage.Stored(Measure.Output, value);
        tax.Value = storage.Stored(Measure.Tax, value * 0.03m);
        va.Value = storage.Stored(Measure.ValueAdded, value * 0.2m);
        land.Value = storage.Stored(Measure.Land, 10 + random.Next(200));
        figures.ExecuteNonQuery();
    }

    transaction.Commit();
    return changed;
}

static long[] Ids(SqliteConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    var ids = new List<long>();
    while (reader.Read())
    {
        ids.Add(reader.GetInt64(0));
    }

    return [.. ids];
}

static void Execute(SqliteConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string Summary(List<double> values) =>
    $"median {Median(values),8:F0} ms (min {values.Min():F0} – max {values.Max():F0})";

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
        : "unknown";

internal sealed class BenchUser : ICurrentUser
{
    public string Name => "bench";

    public AccountRole Role => AccountRole.Admin;

    public int? TownshipId => null;
}
