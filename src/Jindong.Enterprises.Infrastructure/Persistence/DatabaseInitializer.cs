using System.Data.Common;
using Jindong.Enterprises.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Serilog;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// Creates, migrates and seeds the database on first use. Every later start costs one probe:
/// the last applied migration and the seed's audit entry, read in one statement. Only a database
/// that is behind (or new, or never finished seeding) goes the slow way.
/// </summary>
public sealed class DatabaseInitializer(JindongDbContext db, RegistrySeeder seeder)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            EnsureDirectoryExists(db.Database.GetConnectionString());
        }

        var latest = db.GetService<IMigrationsAssembly>().Migrations.Keys.Max(StringComparer.Ordinal);
        if (await ProbeAsync(ct) is { } state && state.LastMigration == latest && state.Seeded)
        {
            return;
        }

        await MigrateAndSeedAsync(ct);
    }

    private async Task MigrateAndSeedAsync(CancellationToken ct)
    {
        if (!db.Database.IsSqlite() && !await db.Database.CanConnectAsync(ct))
        {
            // A new PostgreSQL database: Migrate creates it, and asking for pending migrations first would fail.
            await db.Database.MigrateAsync(ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            Log.Information("Applying {Count} migrations: {Migrations}", pending.Count, pending);
            await db.Database.MigrateAsync(ct);
            if (db.Database.IsSqlite())
            {
                // WAL is a property of the file: set once, it lets readers work while a writer writes.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
            }

            await SearchIndex.EnsureAsync(db, ct);
        }

        // The seeder commits in one transaction with its audit entry, so that entry's absence means
        // seeding never finished (say the first start was killed after migrating): seed again.
        if (pending.Count > 0 || !await db.AuditEntries.AnyAsync(a => a.Command == RegistrySeeder.Command, ct))
        {
            await seeder.SeedAsync(ct);
        }
    }

    /// <summary>The last applied migration and whether seeding finished; null when the database or its tables are not there yet.</summary>
    private async Task<(string? LastMigration, bool Seeded)?> ProbeAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"""
                SELECT (SELECT MAX("MigrationId") FROM "{HistoryRepository.DefaultTableName}"),
                       (SELECT COUNT(*) FROM (SELECT 1 FROM "AuditEntries" WHERE "Command" = '{RegistrySeeder.Command}' LIMIT 1) AS seed)
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.IsDBNull(0) ? null : reader.GetString(0), Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
        catch (DbException)
        {
            // No database, no history table, no audit table: the slow way below finds out which, and reports a real fault.
            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void EnsureDirectoryExists(string? connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory) && file != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
