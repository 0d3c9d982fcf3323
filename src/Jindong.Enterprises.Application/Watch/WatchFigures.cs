using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Domain.Watch;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Watch;

/// <summary>What the watch rules read of one firm for a year: its figures of the year and the year before, and the tier it was recorded at.</summary>
internal sealed record WatchFacts(int EnterpriseId, FigureValues? Values, FigureValues? Previous, Tier? Recorded)
{
    /// <summary>规上 that year: recorded so, or reporting output at or above the threshold.</summary>
    public bool AboveScale => Recorded >= Tier.AboveScale || Values?.OutputWan >= Tier.AboveScale.ThresholdWan();

    /// <summary>The data-quality flags of the year's figures (none without them).</summary>
    public IReadOnlyList<FigureFlag> Flags(WatchLimits limits) => Values is null ? [] : WatchRules.Flags(Values, Previous, AboveScale, limits);
}

internal static class WatchFigures
{
    public static async Task<WatchLimits> WatchLimitsAsync(this IApplicationDbContext db, CancellationToken ct) =>
        (await db.WatchThresholds.AsNoTracking().SingleAsync(ct)).Limits();

    /// <summary>The facts of the firms <paramref name="firms"/> selects, for <paramref name="year"/>.</summary>
    public static async Task<Dictionary<int, WatchFacts>> WatchFactsAsync(this IApplicationDbContext db, IQueryable<int> firms, int year, CancellationToken ct)
    {
        var figures = await db.AnnualFigures.AsNoTracking()
            .Where(f => (f.Year == year || f.Year == year - 1) && firms.Contains(f.EnterpriseId))
            .Select(f => new { f.EnterpriseId, f.Year, f.Values })
            .ToListAsync(ct);
        // The tier recorded for the year: the latest move of that year or before.
        var moves = await db.TierMoves.AsNoTracking()
            .Where(m => m.Year <= year && firms.Contains(m.EnterpriseId))
            .Select(m => new { m.EnterpriseId, m.Year, m.Id, m.To })
            .ToListAsync(ct);
        var recorded = moves.GroupBy(m => m.EnterpriseId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.Year).ThenBy(m => m.Id).Last().To);
        var values = figures.ToDictionary(f => (f.EnterpriseId, f.Year), f => f.Values);
        return figures.Select(f => f.EnterpriseId).Concat(recorded.Keys).Distinct().ToDictionary(id => id, id => new WatchFacts(
            id,
            values.GetValueOrDefault((id, year)),
            values.GetValueOrDefault((id, year - 1)),
            recorded.TryGetValue(id, out var tier) ? tier : null));
    }
}
