using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Plans;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>
/// The leaders' overview of active firms by their recorded tier: progress toward a plan's counts
/// (cumulative, "at or above"), the tier pyramid (each band), and firms by township and by
/// industry. A township officer sees their own township only. The plan is the one asked for, else
/// the current one: the five-year plan that covers the latest year with figures (else this year).
/// </summary>
public sealed record GetDashboard(string? Plan = null) : IQuery<DashboardView>;

public sealed record DashboardView(
    string? Township,
    int ActiveFirms,
    IReadOnlyList<TargetProgress> Progress,
    IReadOnlyList<NamedCount> Pyramid,
    int UnknownTier,
    IReadOnlyList<NamedCount> ByTownship,
    IReadOnlyList<NamedCount> ByIndustry)
{
    /// <summary>The plan the progress is shown against; null when there is none.</summary>
    public PlanSummary? Plan { get; init; }

    /// <summary>Every plan, to switch to.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; init; } = [];

    /// <summary>For a township officer, the township whose share the targets are; null when they are the district's.</summary>
    public string? TargetTownship { get; init; }
}

/// <summary>A plan count: firms at or above <see cref="Tier"/> now, against the plan's base-year count and its last year's target.</summary>
public sealed record TargetProgress(string Tier, int Current, int? Base, int? Target, int? CultivationGoal, int BaseYear, int TargetYear)
{
    /// <summary>base2020 / target2025 / cultivationGoal2025 while the 十四五 is shown (<see cref="PlanAliases"/>).</summary>
    [JsonExtensionData]
    public Dictionary<string, object?>? Aliases => PlanAliases.Of(BaseYear, TargetYear, Base, Target, CultivationGoal, withGoal: true);
}

public sealed record NamedCount(string Name, int Count);

internal sealed class GetDashboardHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, RegistryCache cache) : IRequestHandler<GetDashboard, DashboardView>
{
    /// <summary>
    /// Read once per registry version, per township seen, plan asked for, current year (the plan shown
    /// before any figures exist) and language (the view holds the unclassified label): a view then costs
    /// one point read instead of grouping every active firm.
    /// </summary>
    public Task<DashboardView> Handle(GetDashboard query, CancellationToken cancellationToken) =>
        cache.GetAsync(
            db,
            string.Join('\u001f', "dashboard", user.ScopedTownship(), query.Plan?.Trim(), ChinaTime.CurrentYear(clock), CultureInfo.CurrentUICulture.Name),
            ct => ReadAsync(query, ct),
            cancellationToken);

    private async Task<DashboardView> ReadAsync(GetDashboard query, CancellationToken cancellationToken)
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

        var plans = await db.Plans.AsNoTracking().OrderBy(p => p.FirstYear).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var plan = await ShownPlanAsync(query.Plan, plans, cancellationToken);
        var (targets, targetTownship) = plan is null
            ? (new Dictionary<Tier, TierTargets>(), null)
            : await db.TargetsForAsync(user, plan, plan.LastYear, cancellationToken);
        var progress = targets
            .OrderBy(t => t.Key)
            .Select(t => new TargetProgress(t.Key.Name(), AtOrAbove(t.Key), t.Value.Base, t.Value.Target, t.Value.Goal, plan!.BaseYear, plan.LastYear))
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
            byIndustry)
        {
            Plan = plan is null ? null : PlanSummary.Of(plan),
            Plans = plans.Select(PlanSummary.Of).ToList(),
            TargetTownship = targetTownship,
        };
    }

    private async Task<PlanPeriod?> ShownPlanAsync(string? code, IReadOnlyList<PlanPeriod> plans, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(code))
        {
            return plans.FirstOrDefault(p => p.Code == code.Trim()) ?? await db.PlanAsync(code, nameof(GetDashboard.Plan), ct);
        }

        // The district's latest year is read from the year index alone; a township's needs its firms.
        var latestYear = user.ScopedTownship() is null
            ? await db.AnnualFigures.MaxAsync(f => (int?)f.Year, ct)
            : await db.AnnualFigures.Join(db.Enterprises.Visible(user), f => f.EnterpriseId, e => e.Id, (f, _) => (int?)f.Year).MaxAsync(ct);
        return (latestYear is { } year ? await db.CoveringPlanAsync(year, ct) : null)
            ?? await db.CoveringPlanAsync(ChinaTime.CurrentYear(clock), ct);
    }
}
