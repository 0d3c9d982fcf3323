using System.Diagnostics;
using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The CLI start benchmark (docs/benchmarks.md, "CLI start"): cold `jindong firms show 9` processes
// of the CLI published as it is installed (Release, ReadyToRun for this machine's runtime), beside
// the floor measured in the same rounds, a bare `dotnet hello.dll`.
//   dotnet run -c Release --project bench/Jindong.Enterprises.Start.Bench -- [work-dir] [--runs N]
//     [--cli other/jindong.dll --label what]   (another build measured in the same rounds, e.g. an earlier commit)
//     [--postgres "Host=…;Username=…"]          (the registry on PostgreSQL: database jindong_start_bench)
// child mode: phases <db> [--built-model]   (one cold process timing each step of opening the registry and one read)
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
if (args.FirstOrDefault() == "phases")
{
    return await Phases(args[1], args.Contains("--built-model"));
}

var positional = new List<string>();
var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
for (var i = 0; i < args.Length; i++)
{
    if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
    {
        (options.TryGetValue(args[i], out var list) ? list : options[args[i]] = []).Add(args[++i]);
    }
    else
    {
        positional.Add(args[i]);
    }
}

var work = Path.GetFullPath(positional.FirstOrDefault() ?? Path.Combine(Path.GetTempPath(), "jindong-start-bench"));
var runs = options.TryGetValue("--runs", out var r) ? int.Parse(r[0], CultureInfo.InvariantCulture) : 15;
Directory.CreateDirectory(work);
var repository = Repository();

var database = Path.Combine(work, "start.db");
if (options.TryGetValue("--postgres", out var pg))
{
    database = new Npgsql.NpgsqlConnectionStringBuilder(pg[0]) { Database = "jindong_start_bench" }.ConnectionString;
}

var hello = PublishHello(work);
var cli = Publish(repository, work);
var subjects = new List<(string What, string Dll)> { ("bare `dotnet hello.dll` (floor)", hello), ("`jindong firms show 9`, published ReadyToRun", cli) };
if (options.TryGetValue("--cli", out var others))
{
    var labels = options.GetValueOrDefault("--label") ?? [];
    subjects.AddRange(others.Select((dll, i) => (i < labels.Count ? labels[i] : dll, Path.GetFullPath(dll))));
}

// The first command creates, migrates and seeds the registry; only later (cold) commands are timed.
Run(cli, database);
foreach (var (_, dll) in subjects.Skip(2))
{
    Run(dll, database);
}

var times = subjects.ToDictionary(s => s.Dll, _ => new List<double>());
for (var round = 0; round < runs; round++)
{
    foreach (var (_, dll) in subjects)
    {
        times[dll].Add(Run(dll, database));
    }
}

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}, .NET {Environment.Version}, {Environment.OSVersion}; {runs} rounds; load average before: {LoadAverage()}");
Console.WriteLine("| process | median ms | min–max ms | × bare start |");
Console.WriteLine("|---|---|---|---|");
var floor = Median(times[hello]);
foreach (var (what, dll) in subjects)
{
    var t = times[dll];
    Console.WriteLine($"| {what} | {Median(t):0} | {t.Min():0}–{t.Max():0} | {Median(t) / floor:0.0}× |");
}

Console.WriteLine($"load average after: {LoadAverage()}");

// Where the time of one cold start goes, compiled model against the model built at start.
Console.WriteLine();
Console.WriteLine("| step (one cold process, median of 5) | compiled model ms | model built at start ms |");
Console.WriteLine("|---|---|---|");
var compiled = Enumerable.Range(0, 5).Select(_ => PhasesChild(database, false)).ToList();
var built = Enumerable.Range(0, 5).Select(_ => PhasesChild(database, true)).ToList();
foreach (var step in compiled[0].Keys)
{
    Console.WriteLine($"| {step} | {Median(compiled.Select(c => c[step]).ToList()):0} | {Median(built.Select(c => c[step]).ToList()):0} |");
}

return 0;

static double Run(string dll, string database)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(dll);
    foreach (var arg in new[] { "firms", "show", "9" })
    {
        start.ArgumentList.Add(arg);
    }

    if (!dll.EndsWith("hello.dll", StringComparison.Ordinal))
    {
        start.Environment["JINDONG_DB"] = database;
        start.Environment["JINDONG_LOG_DIR"] = Path.Combine(Path.GetDirectoryName(dll)!, "logs");
    }

    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    watch.Stop();
    if (process.ExitCode != 0 || !(dll.EndsWith("hello.dll", StringComparison.Ordinal) || output.Result.Contains("浙江大众齿轮有限公司", StringComparison.Ordinal)))
    {
        throw new InvalidOperationException($"{dll} exited {process.ExitCode}: {output.Result}{error.Result}");
    }

    return watch.Elapsed.TotalMilliseconds;
}

static Dictionary<string, double> PhasesChild(string database, bool builtModel)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
    start.ArgumentList.Add(typeof(DatabaseOptions).Assembly.Location.Replace("Jindong.Enterprises.Infrastructure.dll", "Jindong.Enterprises.Start.Bench.dll", StringComparison.Ordinal));
    start.ArgumentList.Add("phases");
    start.ArgumentList.Add(database);
    if (builtModel)
    {
        start.ArgumentList.Add("--built-model");
    }

    using var process = Process.Start(start)!;
    var lines = process.StandardOutput.ReadToEnd().Trim().Split('\n');
    process.WaitForExit();
    return lines.Select(l => l.Split('\t')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
}

// Each step of what a `jindong` command does before and for its read, timed in one cold process.
static async Task<int> Phases(string database, bool builtModel)
{
    var watch = Stopwatch.StartNew();
    var last = 0.0;
    void Step(string what)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}\t{watch.Elapsed.TotalMilliseconds - last:0.0}"));
        last = watch.Elapsed.TotalMilliseconds;
    }

    await using var provider = new ServiceCollection()
        .AddApplication()
        .AddInfrastructure(new DatabaseOptions { ConnectionString = database, CompiledModel = !builtModel })
        .AddSingleton<ICurrentUser, BenchAdmin>()
        .BuildServiceProvider();
    Step("register services");
    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<JindongDbContext>();
    _ = db.Model;
    Step("DbContext and its model");
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    Step("schema probe (DatabaseInitializer)");
    _ = await db.Database.GetPendingMigrationsAsync();
    Step("for comparison: the migration check it replaces");
    var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
    await mediator.Send(new FindEnterprise("9"));
    Step("first query through the mediator (FindEnterprise)");
    await mediator.Send(new GetEnterprise(9));
    Step("GetEnterprise (the firm page's reads)");
    last = 0;
    Step("total");
    return 0;
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}

static string PublishHello(string work)
{
    var source = Path.Combine(work, "hello-src");
    Directory.CreateDirectory(source);
    File.WriteAllText(Path.Combine(source, "hello.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
    File.WriteAllText(Path.Combine(source, "Program.cs"), "System.Console.WriteLine(\"hello\");");
    var output = Path.Combine(work, "hello");
    Dotnet("publish", Path.Combine(source, "hello.csproj"), "-c", "Release", "-o", output, "--nologo", "-v", "q");
    return Path.Combine(output, "hello.dll");
}

// As `dotnet pack`/`dotnet tool install` publish the tool: Release, ReadyToRun for this machine.
static string Publish(string repository, string work)
{
    var output = Path.Combine(work, "cli");
    Dotnet(
        "publish", Path.Combine(repository, "src", "Jindong.Enterprises.Cli", "Jindong.Enterprises.Cli.csproj"),
        "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
        "-o", output, "--artifacts-path", Path.Combine(work, "artifacts"), "--nologo", "-v", "q");
    return Path.Combine(output, "jindong.dll");
}

static void Dotnet(params string[] args)
{
    using var process = Process.Start(new ProcessStartInfo("dotnet", args))!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed (exit {process.ExitCode}).");
    }
}

static string Repository()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Jindong.Enterprises.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the start bench from the repository.");
}

static string Cpu() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

internal sealed class BenchAdmin : ICurrentUser
{
    public string Name => "start-bench";

    public AccountRole Role => AccountRole.Admin;

    public int? TownshipId => null;
}
