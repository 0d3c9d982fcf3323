using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Testing;

/// <summary>
/// Row counts of the tables a command writes, and the sums of the version columns that every
/// change of an existing firm, year's figures, plan or plan target increments: equal before and after means nothing was written.
/// </summary>
public sealed record TableCounts(
    int Enterprises,
    int EnterpriseVersions,
    int AuditEntries,
    int AnnualFigures,
    int AnnualFiguresVersions,
    int AnnualFiguresRevisions,
    int TierMoves,
    int Plans,
    int PlanVersions,
    int PlanTargets,
    int PlanTargetVersions,
    int ParkMemberships,
    int DesignationVersions,
    int FigureCheckNotes)
{
    /// <summary>The counts of <paramref name="db"/> now.</summary>
    public static async Task<TableCounts> OfAsync(JindongDbContext db) => new(
        await db.Enterprises.CountAsync(),
        await db.Enterprises.SumAsync(e => e.Version),
        await db.AuditEntries.CountAsync(),
        await db.AnnualFigures.CountAsync(),
        await db.AnnualFigures.SumAsync(f => f.Version),
        await db.AnnualFiguresRevisions.CountAsync(),
        await db.TierMoves.CountAsync(),
        await db.Plans.CountAsync(),
        await db.Plans.SumAsync(p => p.Version),
        await db.PlanTargets.CountAsync(),
        await db.PlanTargets.SumAsync(t => t.Version),
        await db.ParkMemberships.CountAsync(),
        await db.Designations.SumAsync(d => d.Version),
        await db.FigureCheckNotes.CountAsync());
}
