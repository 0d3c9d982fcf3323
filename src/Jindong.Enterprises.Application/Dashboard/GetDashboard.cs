using Jindong.Enterprises.Application.Common;
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

internal sealed class GetDashboardHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetDashboard, DashboardView>
{
    public async Task<DashboardView> Handle(GetDashboard query, CancellationToken cancellationToken)
    {
        var firms = db.Enterprises.AsNoTracking().Where(e => e.Status == EnterpriseStatus.Active);
        string? township = null;
        if (user.Role == UserRole.Township)
        {
            firms = firms.Where(e => e.TownshipId == user.TownshipId);
            township = await db.Townships.Where(t => t.Id == user.TownshipId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        }

        var byTier = (await firms.GroupBy(e => e.CurrentTier).Select(g => new { Tier = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Tier.HasValue ? (int)x.Tier.Value : -1, x => x.Count);
        int Band(Tier tier) => byTier.GetValueOrDefault((int)tier);
        int AtOrAbove(Tier tier) => byTier.Where(kv => kv.Key >= (int)tier).Sum(kv => kv.Value);

        var plan = await db.PlanTierTargets.AsNoTracking().ToListAsync(cancellationToken);
        var progress = plan
            .OrderBy(p => p.Tier)
            .Select(p => new TargetProgress(p.Tier.Name(), AtOrAbove(p.Tier), p.Base2020, p.Target2025, p.CultivationGoal2025))
            .ToList();

        var byTownship = await (
            from t in db.Townships.AsNoTracking()
            where user.Role != UserRole.Township || t.Id == user.TownshipId
            orderby t.No
            select new NamedCount(t.Name, firms.Count(e => e.TownshipId == t.Id))).ToListAsync(cancellationToken);

        var byIndustry = await (
            from e in firms
            join s in db.Segments on e.SegmentId equals s.Id
            join i in db.Industries on s.IndustryId equals i.Id
            group e by new { i.Id, i.Name } into g
            orderby g.Count() descending
            select new NamedCount(g.Key.Name, g.Count())).ToListAsync(cancellationToken);
        var unclassified = await firms.CountAsync(e => e.SegmentId == null, cancellationToken);
        if (unclassified > 0)
        {
            byIndustry.Add(new NamedCount(Resources.Messages.Unclassified, unclassified));
        }

        return new DashboardView(
            township,
            byTier.Values.Sum(),
            progress,
            TierScale.All.Select(d => new NamedCount(d.Name, Band(d.Tier))).ToList(),
            byTier.GetValueOrDefault(-1),
            byTownship,
            byIndustry);
    }
}
