using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>
/// The leaders' overview of active firms by their recorded tier: progress toward the plan's 2025
/// counts (cumulative, "at or above"), the tier pyramid (each band), and firms by township and
/// by industry. A township officer sees their own township only.
/// </summary>
public sealed record GetDashboard : IQuery<DashboardView>;

public sealed record DashboardView(
    string? Township,
    int ActiveFirms,
    IReadOnlyList<TargetProgress> Progress,
    IReadOnlyList<NamedCount> Pyramid,
    int UnknownTier,
    IReadOnlyList<NamedCount> ByTownship,
    IReadOnlyList<NamedCount> ByIndustry);

/// <summary>A plan count: firms at or above <see cref="Tier"/> now, against the 2020 base and the 2025 target.</summary>
public sealed record TargetProgress(string Tier, int Current, int? Base2020, int? Target2025, int? CultivationGoal2025);

public sealed record NamedCount(string Name, int Count);

internal sealed class GetDashboardHandler(IApplicationDbContext db, ICurrentUser user, RegistryCache cache) : IRequestHandler<GetDashboard, DashboardView>
{
    /// <summary>
    /// Read once per registry version, per township seen and language (the view holds the
    /// unclassified label): a view then costs one point read instead of grouping every active firm.
    /// </summary>
    public Task<DashboardView> Handle(GetDashboard query, CancellationToken cancellationToken) =>
        cache.GetAsync(
            db,
            $"dashboard:{user.ScopedTownship()}:{CultureInfo.CurrentUICulture.Name}",
            ReadAsync,
            cancellationToken);

    private async Task<DashboardView> ReadAsync(CancellationToken cancellationToken)
    {
        var firms = db.Enterprises.AsNoTracking().Visible(user).Where(e => e.Status == EnterpriseStatus.Active);
        var scoped = user.ScopedTownship();
        var townships = db.Townships.AsNoTracking().Where(t => scoped == null || t.Id == scoped);

        // One pass over the active firms (an index covers it), grouped by township, tier and
        // segment: a few hundred groups at most, from which every figure of the page is summed.
        // Four separate counts over the firms cost four passes per view.
        var groups = await firms
            .GroupBy(e => new { e.TownshipId, e.CurrentTier, e.SegmentId })
            .Select(g => new { g.Key.TownshipId, g.Key.CurrentTier, g.Key.SegmentId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byTier = groups.GroupBy(g => g.CurrentTier.HasValue ? (int)g.CurrentTier.Value : -1).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        int Band(Tier tier) => byTier.GetValueOrDefault((int)tier);
        int AtOrAbove(Tier tier) => byTier.Where(kv => kv.Key >= (int)tier).Sum(kv => kv.Value);

        var plan = await db.PlanTierTargets.AsNoTracking().ToListAsync(cancellationToken);
        var progress = plan
            .OrderBy(p => p.Tier)
            .Select(p => new TargetProgress(p.Tier.Name(), AtOrAbove(p.Tier), p.Base2020, p.Target2025, p.CultivationGoal2025))
            .ToList();

        var townshipList = await townships.OrderBy(t => t.No).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        var byTownship = townshipList
            .Select(t => new NamedCount(t.Name, groups.Where(g => g.TownshipId == t.Id).Sum(g => g.Count)))
            .ToList();

        var industryOf = await (
            from s in db.Segments.AsNoTracking()
            join i in db.Industries on s.IndustryId equals i.Id
            select new { Segment = s.Id, Industry = i.Id, i.Name }).ToDictionaryAsync(x => x.Segment, cancellationToken);
        var byIndustry = groups
            .Where(g => g.SegmentId is { } segment && industryOf.ContainsKey(segment))
            .GroupBy(g => industryOf[g.SegmentId!.Value].Industry)
            .Select(g => new { Industry = g.Key, Name = industryOf[g.First().SegmentId!.Value].Name, Count = g.Sum(x => x.Count) })
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Industry)
            .Select(x => new NamedCount(x.Name, x.Count))
            .ToList();
        var unclassified = groups.Where(g => g.SegmentId is null).Sum(g => g.Count);
        if (unclassified > 0)
        {
            byIndustry.Add(new NamedCount(Resources.Messages.Unclassified, unclassified));
        }

        return new DashboardView(
            user.ScopedTownship() is not null ? townshipList.SingleOrDefault()?.Name : null,
            byTier.Values.Sum(),
            progress,
            TierScale.All.Select(d => new NamedCount(d.Name, Band(d.Tier))).ToList(),
            byTier.GetValueOrDefault(-1),
            byTownship,
            byIndustry);
    }
}
