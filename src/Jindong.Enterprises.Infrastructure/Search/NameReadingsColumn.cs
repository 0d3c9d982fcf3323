using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Serilog;

namespace Jindong.Enterprises.Infrastructure.Search;

/// <summary>
/// The "NameReadings" column of "Enterprises" (<see cref="NameReadings"/>): written whenever EF saves a
/// firm with a new name, by the import's set-based insert for the firms it registers, and filled in
/// after a migration for firms that have none (a registry from before the column, a bench's raw insert).
/// </summary>
public static class NameReadingsColumn
{
    public const string Name = "NameReadings";

    private const int BackfillBatch = 2_000;

    /// <summary>Fills the readings of every firm that has none, in batches; each batch one transaction.</summary>
    public static async Task BackfillAsync(JindongDbContext db, CancellationToken ct)
    {
        var filled = 0;
        while (true)
        {
            var firms = await db.Enterprises.AsNoTracking()
                .Where(e => EF.Property<string?>(e, Name) == null)
                .OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.Name })
                .Take(BackfillBatch)
                .ToListAsync(ct);
            if (firms.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var firm in firms)
            {
                await db.Database.ExecuteSqlAsync($"UPDATE \"Enterprises\" SET \"NameReadings\" = {NameReadings.Of(firm.Name)} WHERE \"Id\" = {firm.Id}", ct);
            }

            await transaction.CommitAsync(ct);
            filled += firms.Count;
        }

        if (filled > 0)
        {
            Log.Information("Indexed the pinyin readings of {Count} firm names", filled);
        }
    }
}

/// <summary>Sets a firm's readings when EF adds it or saves a new name: every command's path, and the seeder's.</summary>
internal sealed class NameReadingsInterceptor : SaveChangesInterceptor
{
    public static readonly NameReadingsInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Fill(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fill(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Fill(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<Enterprise>() ?? [])
        {
            if (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(e => e.Name).IsModified))
            {
                entry.Property(NameReadingsColumn.Name).CurrentValue = NameReadings.Of(entry.Entity.Name);
            }
        }
    }
}
