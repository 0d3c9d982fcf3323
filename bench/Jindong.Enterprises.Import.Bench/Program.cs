using Jindong.Enterprises.Domain.Users;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Benchmarks;
using Jindong.Enterprises.Domain.Enterprises;
using Measure = Jindong.Enterprises.Domain.Figures.Measure;
using Jindong.Enterprises.Import.Bench;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

// The import benchmark (docs/benchmarks.md, "Import"). Every measured run is a child process of
// its own, so its peak working set is that run's alone:
//   dotnet run -c Release --project bench/Jindong.Enterprises.Import.Bench -- [work-dir] [sizes…]
// PostgreSQL instead ("Import on PostgreSQL"): the same, with --postgres "Host=…;Username=…" after
// the sizes; databases jindong_bench_* are created (and dropped) on that server.
// Registering the firms too ("Import with --register-unknown"): the same, with --register after the sizes;
// the registry holds only the seeded firms, and the floor is a raw insert of the same firms and figures
// into two minimal tables.
// child modes: prepare <db> <n> | import <db-or-connection-string> <file> [--register] | raw <db> <n>
//   | floor <db> <n> | read <file> (parsing alone) | pg-prepare <connection-string> <n> | pg-raw <connection-string> <n>
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
return args.FirstOrDefault() switch
{
    "prepare" => await Prepare(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "import" => await Import(args[1], args[2], args.Contains("--register")),
    "raw" => Raw(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "floor" => Floor(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "read" => Read(args[1]),
    "pg-prepare" => await PgPrepare(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "pg-raw" => PgRaw(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    _ when Array.IndexOf(args, "--postgres") is var at and >= 0 && at + 1 < args.Length => PgParent(args[..at], args[at + 1]),
    _ when args.Contains("--register") => RegisterParent([.. args.Where(a => a != "--register")]),
    _ => await Parent(args),
};

// PostgreSQL: a template database per size (migrated, seeded, n synthetic firms), cloned afresh
// for each measured run; the import through the mediator against a raw binary COPY of the same rows.
static int PgParent(string[] args, string server)
{
    var work = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jindong-import-bench");
    var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [60_000, 500_000];
    const int Repetitions = 3;
    Directory.CreateDirectory(work);
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}, .NET {Environment.Version}, {Environment.OSVersion}, PostgreSQL {PgScalar(server, "SHOW server_version")}");
    Console.WriteLine($"| rows | what | median s | min–max s | peak MB (median) | × raw COPY |");
    Console.WriteLine($"|---|---|---|---|---|---|");
    var run = PgDatabase(server, "jindong_bench_run");
    foreach (var n in sizes)
    {
        var template = $"jindong_bench_template_{n}";
        PgExecute(server, $"DROP DATABASE IF EXISTS {template}", $"CREATE DATABASE {template}");
        Child("pg-prepare", PgDatabase(server, template), n.ToString(CultureInfo.InvariantCulture));
        var csv = Path.Combine(work, $"synthetic-{n}.csv");
        if (!File.Exists(csv))
        {
            WriteCsv(csv, n);
        }

        (double Median, double Min, double Max, double PeakMb) Measure(Func<(double Seconds, long Peak)> once)
        {
            var results = new List<(double Seconds, long Peak)>();
            for (var i = 0; i < Repetitions; i++)
            {
                PgExecute(server, "DROP DATABASE IF EXISTS jindong_bench_run", $"CREATE DATABASE jindong_bench_run TEMPLATE {template}");
                results.Add(once());
            }

            var seconds = results.Select(r => r.Seconds).Order().ToList();
            var peaks = results.Select(r => r.Peak).Order().ToList();
            return (seconds[seconds.Count / 2], seconds[0], seconds[^1], peaks[peaks.Count / 2] / 1024.0 / 1024.0);
        }

        var raw = Measure(() => Child("pg-raw", run, n.ToString(CultureInfo.InvariantCulture)));
        var csvRun = Measure(() => Child("import", run, csv));
        Print(n, "raw Npgsql binary COPY (floor)", raw, raw);
        Print(n, "import CSV (UTF-8)", csvRun, raw);
        PgExecute(server, "DROP DATABASE IF EXISTS jindong_bench_run", $"DROP DATABASE IF EXISTS {template}");
    }

    return 0;
}

static string PgDatabase(string server, string database) =>
    new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();

static void PgExecute(string server, params string[] statements)
{
    using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
    connection.Open();
    foreach (var sql in statements)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

static string PgScalar(string server, string sql)
{
    using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ToString());
    connection.Open();
    using var command = new NpgsqlCommand(sql, connection);
    return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "?";
}

// As Prepare, on PostgreSQL: migrated and seeded by the registry itself, the firms written with COPY.
static async Task<int> PgPrepare(string connectionString, int n)
{
    await using (var services = Services(connectionString))
    await using (var scope = services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    using var connection = new NpgsqlConnection(connectionString);
    connection.Open();
    var townships = new Dictionary<string, int>();
    using (var read = new NpgsqlCommand("SELECT \"Name\", \"Id\" FROM \"Townships\"", connection))
    using (var reader = read.ExecuteReader())
    {
        while (reader.Read())
        {
            townships[reader.GetString(0)] = reader.GetInt32(1);
        }
    }

    var created = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    using (var copy = connection.BeginBinaryImport(
        "COPY \"Enterprises\" (\"Name\", \"NormalizedName\", \"CreditCode\", \"TownshipId\", \"SegmentSource\", \"CurrentTier\", \"Status\", \"Version\", \"CreatedAt\", \"UpdatedAt\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 1; i <= n; i++)
        {
            copy.StartRow();
            copy.Write(SyntheticFirms.Name(i), NpgsqlDbType.Varchar);
            copy.Write(EnterpriseName.Normalize(SyntheticFirms.Name(i)), NpgsqlDbType.Varchar);
            copy.Write(SyntheticFirms.Code(i), NpgsqlDbType.Char);
            copy.Write(townships[SyntheticFirms.Township(i)], NpgsqlDbType.Integer);
            copy.Write("Unclassified", NpgsqlDbType.Varchar);
            copy.Write("AboveScale", NpgsqlDbType.Varchar);
            copy.Write("Active", NpgsqlDbType.Varchar);
            copy.Write(1, NpgsqlDbType.Integer);
            copy.Write(created, NpgsqlDbType.TimestampTz);
            copy.Write(created, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    using (var analyze = new NpgsqlCommand("ANALYZE", connection))
    {
        analyze.ExecuteNonQuery();
    }

    Console.WriteLine("0 0");
    return 0;
}

// The PostgreSQL floor: the same rows into AnnualFigures with one binary COPY in one transaction,
// the values made in memory (no file parsed).
static int PgRaw(string connectionString, int n)
{
    using var connection = new NpgsqlConnection(connectionString);
    connection.Open();
    int firstId;
    using (var first = new NpgsqlCommand("SELECT MIN(\"Id\") FROM \"Enterprises\" WHERE \"ListNo\" IS NULL", connection))
    {
        firstId = (int)first.ExecuteScalar()!;
    }

    var recorded = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    var watch = Stopwatch.StartNew();
    using var transaction = connection.BeginTransaction();
    using (var copy = connection.BeginBinaryImport(
        "COPY \"AnnualFigures\" (\"EnterpriseId\", \"Year\", \"Version\", \"OutputWan\", \"RevenueWan\", \"TaxWan\", \"ValueAddedWan\", \"LandMu\", \"Employees\", \"RdWan\", \"EnergyTce\", \"EmissionsTonnes\", \"Source\", \"SourceFile\", \"RecordedBy\", \"RecordedAt\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 1; i <= n; i++)
        {
            var v = SyntheticFirms.Values(i);
            copy.StartRow();
            copy.Write(firstId + i - 1, NpgsqlDbType.Integer);
            copy.Write(2025, NpgsqlDbType.Integer);
            copy.Write(1, NpgsqlDbType.Integer);
            copy.Write(v.Output, NpgsqlDbType.Numeric);
            copy.Write(v.Revenue, NpgsqlDbType.Numeric);
            copy.Write(v.Tax, NpgsqlDbType.Numeric);
            copy.Write(v.ValueAdded, NpgsqlDbType.Numeric);
            copy.Write(v.Land, NpgsqlDbType.Numeric);
            copy.Write(v.Employees, NpgsqlDbType.Integer);
            copy.Write(v.Rd, NpgsqlDbType.Numeric);
            copy.Write(v.Energy, NpgsqlDbType.Numeric);
            copy.Write(v.Emissions, NpgsqlDbType.Numeric);
            copy.Write("Import", NpgsqlDbType.Varchar);
            copy.Write("raw", NpgsqlDbType.Varchar);
            copy.Write("bench", NpgsqlDbType.Varchar);
            copy.Write(recorded, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    transaction.Commit();
    watch.Stop();
    Report(watch);
    return 0;
}

// --register: the registry has only the seeded firms, so every row registers a firm and gives it its
// first tier; the floor writes the same firms and figures into two minimal tables of a new file.
static int RegisterParent(string[] args)
{
    // --repeat N: repetitions of each (default 3).
    var repeatAt = Array.IndexOf(args, "--repeat");
    var repetitions = repeatAt >= 0 ? int.Parse(args[repeatAt + 1], CultureInfo.InvariantCulture) : 3;
    args = repeatAt >= 0 ? [.. args[..repeatAt], .. args[(repeatAt + 2)..]] : args;
    var work = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jindong-import-bench");
    var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [500_000];
    Directory.CreateDirectory(work);
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}, .NET {Environment.Version}, {Environment.OSVersion}; load average before: {LoadAverage()}");
    Console.WriteLine($"| rows | what | median s | min–max s | peak MB (median) | × floor |");
    Console.WriteLine($"|---|---|---|---|---|---|");
    var template = Path.Combine(work, "template-seeded.db");
    if (!File.Exists(template))
    {
        Child("prepare", template, "0");
    }

    foreach (var n in sizes)
    {
        var csv = Path.Combine(work, $"synthetic-{n}.csv");
        if (!File.Exists(csv))
        {
            WriteCsv(csv, n);
        }

        var floor = Timed(work, template, repetitions, db => Child("floor", db, n.ToString(CultureInfo.InvariantCulture)));
        var import = Timed(work, template, repetitions, db => Child("import", db, csv, "--register"));
        Print(n, "raw insert into two minimal tables (floor)", floor, floor);
        Print(n, "import CSV --register-unknown", import, floor);
    }

    Console.WriteLine($"load average after: {LoadAverage()}");
    return 0;
}

// The floor of a registering import: a new file (WAL, the registry's pragmas) with two minimal
// tables, the same firms and figures written with one prepared INSERT each in one transaction,
// the values made in memory (no file parsed).
static int Floor(string db, int n)
{
    foreach (var suffix in BenchConstants.DatabaseFileSuffixes)
    {
        File.Delete(db + suffix);
    }

    var storage = Storage(db);
    using var connection = new SqliteConnection($"Data Source={db}");
    connection.Open();
    using (var schema = connection.CreateCommand())
    {
        // Amounts as the registry stores them on SQLite (MeasureStorage: scaled integers).
        schema.CommandText = """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
            CREATE TABLE Firms (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE, Township INTEGER NOT NULL);
            CREATE TABLE Figures (Firm INTEGER NOT NULL REFERENCES Firms (Id), Year INTEGER NOT NULL, Output INTEGER NOT NULL, Tax INTEGER, Land INTEGER, UNIQUE (Firm, Year));
            """;
        schema.ExecuteNonQuery();
    }

    var watch = Stopwatch.StartNew();
    using var transaction = connection.BeginTransaction();
    using var firm = connection.CreateCommand();
    firm.Transaction = transaction;
    firm.CommandText = "INSERT INTO Firms (Name, Township) VALUES ($name, $township) RETURNING Id";
    var name = firm.Parameters.Add("$name", SqliteType.Text);
    var township = firm.Parameters.Add("$township", SqliteType.Integer);
    using var figures = connection.CreateCommand();
    figures.Transaction = transaction;
    figures.CommandText = "INSERT INTO Figures (Firm, Year, Output, Tax, Land) VALUES ($firm, 2025, $output, $tax, $land)";
    var id = figures.Parameters.Add("$firm", SqliteType.Integer);
    var output = figures.Parameters.Add("$output", SqliteType.Integer);
    var tax = figures.Parameters.Add("$tax", SqliteType.Integer);
    var land = figures.Parameters.Add("$land", SqliteType.Integer);
    firm.Prepare();
    figures.Prepare();
    for (var i = 1; i <= n; i++)
    {
        var v = SyntheticFirms.Values(i);
        name.Value = SyntheticFirms.Name(i);
        township.Value = Array.IndexOf(SyntheticFirms.Townships, SyntheticFirms.Township(i)) + 1;
        id.Value = firm.ExecuteScalar();
        output.Value = storage.Stored(Measure.Output, v.Output);
        tax.Value = storage.Stored(Measure.Tax, v.Tax);
        land.Value = storage.Stored(Measure.Land, v.Land);
        figures.ExecuteNonQuery();
    }

    transaction.Commit();
    watch.Stop();
    Report(watch);
    return 0;
}

static async Task<int> Parent(string[] args)
{
    var work = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "jindong-import-bench");
    var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [60_000, 500_000];
    const int Repetitions = 3;
    Directory.CreateDirectory(work);
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Cpu()}, .NET {Environment.Version}, {Environment.OSVersion}");
    Console.WriteLine($"| rows | what | median s | min–max s | peak MB (median) | × raw |");
    Console.WriteLine($"|---|---|---|---|---|---|");
    foreach (var n in sizes)
    {
        var template = Path.Combine(work, $"template-{n}.db");
        if (!File.Exists(template))
        {
            Child("prepare", template, n.ToString(CultureInfo.InvariantCulture));
        }

        var csv = Path.Combine(work, $"synthetic-{n}.csv");
        var xlsx = Path.Combine(work, $"synthetic-{n}.xlsx");
        if (!File.Exists(csv))
        {
            WriteCsv(csv, n);
        }

        if (!File.Exists(xlsx))
        {
            WriteXlsx(xlsx, n);
        }

        var raw = Timed(work, template, Repetitions, db => Child("raw", db, n.ToString(CultureInfo.InvariantCulture)));
        var csvRun = Timed(work, template, Repetitions, db => Child("import", db, csv));
        var xlsxRun = Timed(work, template, Repetitions, db => Child("import", db, xlsx));
        Print(n, "raw Microsoft.Data.Sqlite insert (floor)", raw, raw);
        Print(n, "import CSV (UTF-8)", csvRun, raw);
        Print(n, "import .xlsx", xlsxRun, raw);
        Console.WriteLine($"| {n:N0} | xlsx ÷ CSV | {xlsxRun.Median / csvRun.Median:0.00}× | | | |");
    }

    return 0;
}

static (double Median, double Min, double Max, double PeakMb) Timed(string work, string template, int repetitions, Func<string, (double Seconds, long Peak)> run)
{
    var results = new List<(double Seconds, long Peak)>();
    for (var i = 0; i < repetitions; i++)
    {
        var db = Path.Combine(work, "run.db");
        foreach (var suffix in BenchConstants.DatabaseFileSuffixes)
        {
            File.Delete(db + suffix);
        }

        File.Copy(template, db);
        results.Add(run(db));
    }

    var seconds = results.Select(r => r.Seconds).Order().ToList();
    var peaks = results.Select(r => r.Peak).Order().ToList();
    return (seconds[seconds.Count / 2], seconds[0], seconds[^1], peaks[peaks.Count / 2] / 1024.0 / 1024.0);
}

static void Print(int n, string what, (double Median, double Min, double Max, double PeakMb) r, (double Median, double Min, double Max, double PeakMb) raw) =>
    Console.WriteLine($"| {n:N0} | {what} | {r.Median:0.00} | {r.Min:0.00}–{r.Max:0.00} | {r.PeakMb:0} | {r.Median / raw.Median:0.00} |");

static (double Seconds, long Peak) Child(params string[] args)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
    start.ArgumentList.Add(typeof(SyntheticFirms).Assembly.Location);
    foreach (var arg in args)
    {
        start.ArgumentList.Add(arg);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"child {string.Join(' ', args)} failed: {output}");
    }

    var last = output.Trim().Split('\n')[^1].Split(' ');
    return (double.Parse(last[0], CultureInfo.InvariantCulture), long.Parse(last[1], CultureInfo.InvariantCulture));
}

static void Report(Stopwatch watch)
{
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:0.000} {self.PeakWorkingSet64}"));
}

// A registry with the 100 seeded firms and n synthetic ones, their tiers already known (a later
// year's import, not the first), written with raw inserts since only the import is measured.
static async Task<int> Prepare(string db, int n)
{
    await using (var services = Services(db))
    await using (var scope = services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    using var connection = new SqliteConnection($"Data Source={db}");
    connection.Open();
    var townships = new Dictionary<string, long>();
    using (var read = connection.CreateCommand())
    {
        read.CommandText = "SELECT Name, Id FROM Townships";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            townships[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    using var transaction = connection.BeginTransaction();
    using var insert = connection.CreateCommand();
    insert.Transaction = transaction;
    insert.CommandText = "INSERT INTO Enterprises (Name, NormalizedName, CreditCode, TownshipId, SegmentSource, CurrentTier, Status, Version, CreatedAt, UpdatedAt) " +
        "VALUES ($name, $normalized, $code, $township, 'Unclassified', 'AboveScale', 'Active', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')";
    var name = insert.Parameters.Add("$name", SqliteType.Text);
    var normalized = insert.Parameters.Add("$normalized", SqliteType.Text);
    var code = insert.Parameters.Add("$code", SqliteType.Text);
    var township = insert.Parameters.Add("$township", SqliteType.Integer);
    insert.Prepare();
    for (var i = 1; i <= n; i++)
    {
        name.Value = SyntheticFirms.Name(i);
        normalized.Value = EnterpriseName.Normalize(SyntheticFirms.Name(i));
        code.Value = SyntheticFirms.Code(i);
        township.Value = townships[SyntheticFirms.Township(i)];
        insert.ExecuteNonQuery();
    }

    transaction.Commit();
    using var checkpoint = connection.CreateCommand();
    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
    checkpoint.ExecuteNonQuery();
    Console.WriteLine("0 0");
    return 0;
}

static async Task<int> Import(string db, string file, bool register)
{
    await using var services = Services(db);
    await using (var warm = services.CreateAsyncScope())
    {
        await warm.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    var watch = Stopwatch.StartNew();
    await using var scope = services.CreateAsyncScope();
    var outcome = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportAnnualFigures(file, 2025, RegisterUnknown: register));
    watch.Stop();
    Console.WriteLine($"added {outcome.Added}, corrected {outcome.Corrected}, unchanged {outcome.Unchanged}, registered {outcome.Registered}, initial moves {outcome.InitialTierMoves}");
    Report(watch);
    return 0;
}

// The floor: the same rows into AnnualFigures with one prepared INSERT in one transaction, on a
// WAL database with the registry's pragmas; the rows are made in memory, so no file is parsed.
static int Raw(string db, int n)
{
    using var connection = new SqliteConnection($"Data Source={db}");
    connection.Open();
    using (var pragmas = connection.CreateCommand())
    {
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        pragmas.ExecuteNonQuery();
    }

    var storage = Storage(db);
    long firstId;
    using (var first = connection.CreateCommand())
    {
        first.CommandText = "SELECT MIN(Id) FROM Enterprises WHERE ListNo IS NULL";
        firstId = (long)first.ExecuteScalar()!;
    }

    var watch = Stopwatch.StartNew();
    using var transaction = connection.BeginTransaction();
    using var insert = connection.CreateCommand();
    insert.Transaction = transaction;
    insert.CommandText = "INSERT INTO AnnualFigures (EnterpriseId, Year, Version, OutputWan, RevenueWan, TaxWan, ValueAddedWan, LandMu, Employees, RdWan, EnergyTce, EmissionsTonnes, Source, SourceFile, RecordedBy, RecordedAt) " +
        "VALUES ($id, 2025, 1, $o, $r, $t, $v, $l, $e, $rd, $en, $em, 'Import', 'raw', 'bench', '2026-01-01 00:00:00')";
    var p = BenchConstants.RawParameters.Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
    insert.Prepare();
    for (var i = 1; i <= n; i++)
    {
        var v = SyntheticFirms.Values(i).InMeasureOrder;
        p[0].Value = firstId + i - 1;
        foreach (var measure in Enum.GetValues<Measure>())
        {
            // In their stored form, as the registry writes them (scaled integers on SQLite).
            p[1 + (int)measure].Value = storage.Stored(measure, v[(int)measure]);
        }

        insert.ExecuteNonQuery();
    }

    transaction.Commit();
    watch.Stop();
    Report(watch);
    return 0;
}

static int Read(string file)
{
    using var services = Services(Path.Combine(Path.GetTempPath(), "unused.db"));
    var reader = services.GetRequiredService<ITabularReader>();
    var watch = Stopwatch.StartNew();
    using var stream = File.OpenRead(file);
    using var table = reader.Open(stream, file, null);
    var cells = 0L;
    foreach (var row in table.ReadRows())
    {
        cells += row.Cells.Count;
    }

    watch.Stop();
    Console.WriteLine($"{table.Format}: {cells} cells");
    Report(watch);
    return 0;
}

// How the registry stores each measure (MeasureStorage, from the EF model of the engine of db).
static MeasureStorage Storage(string db)
{
    using var services = Services(db);
    using var scope = services.CreateScope();
    return new MeasureStorage(scope.ServiceProvider.GetRequiredService<JindongDbContext>().Model);
}

static ServiceProvider Services(string db) => new ServiceCollection()
    .AddApplication()
    .AddInfrastructure(new DatabaseOptions { ConnectionString = db })
    .AddSingleton<ICurrentUser, BenchUser>()
    .BuildServiceProvider();

static void WriteCsv(string path, int n)
{
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
    writer.WriteLine(string.Join(',', SyntheticFirms.Header));
    for (var i = 1; i <= n; i++)
    {
        writer.WriteLine(string.Join(',', SyntheticFirms.Row(i).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
    }
}

static void WriteXlsx(string path, int n)
{
    IEnumerable<IDictionary<string, object?>> Rows()
    {
        for (var i = 1; i <= n; i++)
        {
            var row = SyntheticFirms.Row(i);
            var record = new Dictionary<string, object?>(row.Length);
            for (var c = 0; c < row.Length; c++)
            {
                record[SyntheticFirms.Header[c]] = row[c];
            }

            yield return record;
        }
    }

    MiniExcel.SaveAs(path, Rows(), excelType: ExcelType.XLSX, overwriteFile: true);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string Cpu() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";

namespace Jindong.Enterprises.Import.Bench
{
    internal static class BenchConstants
    {
        public static readonly string[] RawParameters = ["$id", "$o", "$r", "$t", "$v", "$l", "$e", "$rd", "$en", "$em"];

        public static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm"];
    }

    internal sealed class BenchUser : ICurrentUser
    {
        public string Name => "benchmark";

        public AccountRole Role => AccountRole.Admin;

        public int? TownshipId => null;
    }
}
