using System.Diagnostics;
using System.Globalization;
using Jindong.Enterprises.Benchmarks;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Load.Bench;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

// The load benchmark (docs/benchmarks.md, "Web under load"): the published web app as its own
// process on 127.0.0.1, a registry of 60,000 synthetic firms, and Debian's wrk driving one page at
// a time with the session cookie: a warm-up, then a bounded run per target.
//   dotnet run -c Release --project bench/Jindong.Enterprises.Load.Bench -- [work-dir] [--firms N]
//     [--connections C] [--threads T] [--duration S] [--warmup S] [--postgres "Host=…;Username=…"] [--web Web.dll]
// On PostgreSQL the database jindong_load_bench is created (and dropped) on that server.
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
var positional = new List<string>();
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        options[args[i]] = args[++i];
    }
    else
    {
        positional.Add(args[i]);
    }
}

int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

var work = Path.GetFullPath(positional.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "jindong-load-bench"));
var firms = Option("--firms", 60_000);
var connections = Option("--connections", 16);
var threads = Option("--threads", 2);
var duration = TimeSpan.FromSeconds(Option("--duration", 10));
var warmup = TimeSpan.FromSeconds(Option("--warmup", 3));
options.TryGetValue("--postgres", out var server);
Directory.CreateDirectory(work);

var wrk = Wrk.Prepare(work, connections, threads);
var webDll = options.TryGetValue("--web", out var given) ? Path.GetFullPath(given) : WebServer.Publish(Repository(), work);

var watch = Stopwatch.StartNew();
DatabaseOptions database;
if (server is null)
{
    // The registry is made once per size and copied for each run, so every run starts alike.
    var template = Path.Combine(work, $"registry-{firms}.db");
    if (!File.Exists(template))
    {
        await LoadRegistry.CreateAsync(new DatabaseOptions { ConnectionString = template }, firms);
        SqliteConnection.ClearAllPools();
    }

    var run = Path.Combine(work, "run.db");
    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(run + suffix);
    }

    File.Copy(template, run);
    database = new DatabaseOptions { ConnectionString = run };
}
else
{
    PgExecute(server, "DROP DATABASE IF EXISTS jindong_load_bench WITH (FORCE)", "CREATE DATABASE jindong_load_bench");
    database = new DatabaseOptions { ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = "jindong_load_bench" }.ConnectionString };
    await LoadRegistry.CreateAsync(database, firms);
    NpgsqlConnection.ClearAllPools();
}

Console.Error.WriteLine($"registry of {firms:N0} synthetic firms ready in {watch.Elapsed.TotalSeconds:0.0} s");
var expected = await ExpectedAsync(database, firms);

string adminCookie;
(string What, string Path, string Expected)[] coldTargets;
await using (var web = await WebServer.StartAsync(webDll, database.ConnectionString, work))
{
    var admin = await web.SignInAsync(LoadRegistry.Admin, LoadRegistry.Password);
    var officer = await web.SignInAsync(LoadRegistry.Officer, LoadRegistry.Password);
    adminCookie = admin;
    var township = Uri.EscapeDataString(LoadRegistry.OfficerTownship);
    var search = SyntheticFirms.Name(1234)[..^7];
    var targets = new (string What, string Path, string? Cookie, string Expected)[]
    {
        ("/health (floor: HTTP stack, no session, no database)", "/health", null, "Healthy"),
        ("firm list, first page", "/Firms", admin, $"共 {expected.All} 家企业"),
        ("firm list, township filter, page 100", $"/Firms?township={township}&p=100", admin, $"第 100 / {(expected.Township + 24) / 25} 页"),
        ("firm list, name search", $"/Firms?q={Uri.EscapeDataString(search)}", admin, SyntheticFirms.Name(1000)),
        ("firm list, township officer", "/Firms", officer, $"共 {expected.Township} 家企业"),
        ("firm page", $"/Firms/Details/{expected.FirmId}", admin, SyntheticFirms.Name(1234)),
        ("dashboard", "/", admin, $"在库企业 {expected.Active} 家"),
        ("list API, first page of 25", "/api/firms?page=1&pageSize=25", admin, $"\"total\":{expected.All}"),
    };

    foreach (var target in targets)
    {
        await web.CheckAsync(target.Path, target.Cookie, target.Expected);
    }

    coldTargets = [.. targets.Where(t => t.Cookie == admin && !t.Path.StartsWith("/api", StringComparison.Ordinal)).Select(t => (t.What, t.Path, t.Expected))];

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}, {MemoryGb()} GB, .NET {Environment.Version}, {Environment.OSVersion}; " +
        $"{(server is null ? "SQLite" : "PostgreSQL " + PgScalar(server, "SHOW server_version"))}; {firms:N0} synthetic firms + 100 seeded; " +
        $"wrk -t{threads} -c{connections}, {warmup.TotalSeconds:0} s warm-up + {duration.TotalSeconds:0} s per target; load average before: {LoadAverage()}");
    Console.WriteLine("| target | req/s | p50 ms | p90 ms | p99 ms | max ms | errors | server CPU ms/req | × /health CPU |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    double? floorCpu = null;
    foreach (var target in targets)
    {
        var url = new Uri(web.Address, target.Path);
        wrk.Run(url, target.Cookie, warmup);
        var cpuBefore = web.CpuTime;
        var result = wrk.Run(url, target.Cookie, duration);
        // The server's own CPU per request: what the code costs, whatever else the machine runs.
        var cpuPerRequest = (web.CpuTime - cpuBefore).TotalMilliseconds / Math.Max(1, result.Requests);
        floorCpu ??= cpuPerRequest;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {target.What} | {result.PerSecond:N0} | {result.P50:0.0} | {result.P90:0.0} | {result.P99:0.0} | {result.Max:0.0} | {result.Errors} | {cpuPerRequest:0.00} | {cpuPerRequest / floorCpu:0.0}× |"));
    }

    Console.WriteLine($"load average after: {LoadAverage()}");
}

// Right after a start: a fresh server per page (the session cookie stays valid: its key is in the database).
Console.WriteLine();
Console.WriteLine($"| fresh server, {connections} requests at once | completed | p50 ms | max ms |");
Console.WriteLine("|---|---|---|---|");
foreach (var (what, path, expectedText) in coldTargets)
{
    await using var fresh = await WebServer.StartAsync(webDll, database.ConnectionString, work);
    var result = await ColdStart.MeasureAsync(fresh, path, adminCookie, expectedText, connections);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {result.Completed} / {result.Requests} | {result.P50:0} | {result.Max:0} |"));
}

if (server is not null)
{
    NpgsqlConnection.ClearAllPools();
    PgExecute(server, "DROP DATABASE IF EXISTS jindong_load_bench WITH (FORCE)");
}

return 0;

// What the pages must show, read from the database the run uses.
static async Task<(int All, int Active, int Township, int FirmId)> ExpectedAsync(DatabaseOptions database, int firms)
{
    await using var services = new ServiceCollection().AddInfrastructure(database).BuildServiceProvider();
    await using var scope = services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<JindongDbContext>();
    var name = SyntheticFirms.Name(Math.Min(1234, firms));
    return (
        await db.Enterprises.CountAsync(),
        await db.Enterprises.CountAsync(e => e.Status == EnterpriseStatus.Active),
        await (from e in db.Enterprises join t in db.Townships on e.TownshipId equals t.Id where t.Name == LoadRegistry.OfficerTownship select e).CountAsync(),
        await db.Enterprises.Where(e => e.Name == name).Select(e => e.Id).SingleAsync());
}

// The checkout: the current directory or one above it that holds the solution.
static string Repository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Jindong.Enterprises.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the load bench from the repository (or pass --web <published Jindong.Enterprises.Web.dll>).");
}

static void PgExecute(string server, params string[] statements)
{
    using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    connection.Open();
    foreach (var sql in statements)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

static string PgScalar(string server, string sql)
{
    using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    connection.Open();
    using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "?";
}

static string Cpu() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";

static string MemoryGb() => (GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024).ToString("0", CultureInfo.InvariantCulture);

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
