using Jindong.Enterprises.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Creates, migrates and seeds the database on first use; later runs only check.</summary>
public sealed class DatabaseInitializer(JindongDbContext db, RegistrySeeder seeder)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            EnsureDirectoryExists(db.Database.GetConnectionString());
        }
        else if (!await db.Database.CanConnectAsync(ct))
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
        }

        // The seeder commits in one transaction with its audit entry, so that entry's absence means
        // seeding never finished (say the first start was killed after migrating): seed again.
        if (pending.Count > 0 || !await db.AuditEntries.AnyAsync(a => a.Command == RegistrySeeder.Command, ct))
        {
            await seeder.SeedAsync(ct);
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
