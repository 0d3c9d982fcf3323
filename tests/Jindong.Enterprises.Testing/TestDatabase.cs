using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jindong.Enterprises.Testing;

/// <summary>
/// A database of its own for one test, on the engine the test run names: SQLite files by default,
/// or the PostgreSQL server in JINDONG_TEST_POSTGRES (a connection string without a database, set
/// by .ci/test). A seeded database is a copy of one migrated and seeded by the real
/// <see cref="DatabaseInitializer"/> once per test process, so each test starts in milliseconds.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JINDONG_TEST_POSTGRES";

    /// <summary>The moment the seeded databases were "first started", as their seed audit entry says.</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;

    private TestDatabase(DatabaseOptions options, string name)
    {
        Options = options;
        Name = name;
    }

    /// <summary>The options to give <c>AddInfrastructure</c>.</summary>
    public DatabaseOptions Options { get; }

    /// <summary>The SQLite file, or the PostgreSQL database name.</summary>
    public string Name { get; }

    /// <summary>What --db / JINDONG_DB would be for this database (a file path or a connection string).</summary>
    public string ConnectionString => Options.ConnectionString;

    public static DatabaseProvider Provider =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;

    /// <summary>A database that has never been opened: the first start will create, migrate and seed it.</summary>
    public static TestDatabase CreateEmpty()
    {
        var name = $"jindong_test_{Guid.NewGuid():N}";
        return Provider == DatabaseProvider.Postgres
            ? new TestDatabase(Postgres(name), name)
            : new TestDatabase(new DatabaseOptions { ConnectionString = Path.Combine(Path.GetTempPath(), name + ".db") }, name);
    }

    /// <summary>A database as a first start leaves it: migrated and seeded with the plan's data.</summary>
    public static async Task<TestDatabase> CreateSeededAsync()
    {
        var source = await TemplateAsync();
        var database = CreateEmpty();
        if (Provider == DatabaseProvider.Postgres)
        {
            await ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\" TEMPLATE \"{source}\"");
        }
        else
        {
            File.Copy(source, database.Options.SqliteFile!);
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = Options.SqliteFile!;
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(file + suffix);
        }
    }

    /// <summary>What the first start of the CLI or the web app does to a new database.</summary>
    private static async Task InitializeAsync(DatabaseOptions options)
    {
        await using var services = new ServiceCollection()
            .AddInfrastructure(options)
            .AddSingleton<TimeProvider>(new FixedClock(SeededAt))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    private static async Task<string> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (template is null)
            {
                var database = CreateEmpty();
                await InitializeAsync(database.Options);
                if (Provider == DatabaseProvider.Postgres)
                {
                    // A template may have no open sessions while it is copied.
                    NpgsqlConnection.ClearAllPools();
                    template = database.Name;
                }
                else
                {
                    SqliteConnection.ClearAllPools();
                    await using (var connection = new SqliteConnection(database.Options.SqliteConnectionString()))
                    {
                        await connection.OpenAsync();
                        await using var checkpoint = connection.CreateCommand();
                        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                        await checkpoint.ExecuteNonQueryAsync();
                    }

                    SqliteConnection.ClearAllPools();
                    template = database.Options.SqliteFile!;
                }
            }

            return template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static DatabaseOptions Postgres(string database) => new()
    {
        Provider = DatabaseProvider.Postgres,
        ConnectionString = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = database }.ToString(),
    };

    /// <summary>Runs <paramref name="sql"/> on the PostgreSQL server of the run, in its maintenance database.</summary>
    public static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
