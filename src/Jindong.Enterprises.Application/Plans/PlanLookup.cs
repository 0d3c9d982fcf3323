using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>Which plan a year's reports follow, and a plan's targets as the reports read them.</summary>
public static class PlanLookup
{
    /// <summary>The five-year plan whose period holds the year; null when none does.</summary>
    public static Task<PlanPeriod?> CoveringPlanAsync(this IApplicationDbContext db, int year, CancellationToken ct) =>
        db.Plans.AsNoTracking()
            .Where(p => p.Kind == PlanKind.FiveYear && p.FirstYear <= year && year <= p.LastYear)
            .OrderBy(p => p.FirstYear)
            .FirstOrDefaultAsync(ct);

    /// <summary>The plan with this code; a code no plan has is refused on <paramref name="field"/>, with the codes there are.</summary>
    public static async Task<PlanPeriod> PlanAsync(this IApplicationDbContext db, string code, string field, CancellationToken ct, bool tracked = false)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        var plans = tracked ? db.Plans : db.Plans.AsNoTracking();
        var plan = await plans.SingleOrDefaultAsync(p => p.Code == trimmed, ct);
        if (plan is null)
        {
            var known = await db.Plans.OrderBy(p => p.FirstYear).ThenBy(p => p.Id).Select(p => p.Code).ToListAsync(ct);
            throw new InputValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.PlanUnknown, trimmed, string.Join("、", known)));
        }

        return plan;
    }

    /// <summary>
    /// The plan's tier-count targets for the district (<paramref name="townshipId"/> null) or one
    /// township: for each tier the first target by the plan's order (Table 4-1 for the 十四五), a
    /// second one (六.4's goal), and the milestone of <paramref name="year"/> where one is set.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Tier, TierTargets>> TierTargetsAsync(
        this IApplicationDbContext db, PlanPeriod plan, int? townshipId, int year, CancellationToken ct)
    {
        var rows = await db.PlanTargets.AsNoTracking()
            .Where(t => t.PlanId == plan.Id && t.Kind == TargetKind.Tier && t.TownshipId == townshipId && (t.Year == null || t.Year == year))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new { t.Subject, t.Year, t.BaseValue, t.TargetValue })
            .ToListAsync(ct);
        return rows
            .Where(r => TierScale.TryParse(r.Subject, out _))
            .GroupBy(r => TierScale.Parse(r.Subject!))
            .ToDictionary(g => g.Key, g =>
            {
                var final = g.Where(r => r.Year is null).ToList();
                return new TierTargets(
                    Count(final.FirstOrDefault()?.BaseValue),
                    Count(final.FirstOrDefault()?.TargetValue),
                    Count(final.Skip(1).FirstOrDefault()?.TargetValue),
                    Count(g.FirstOrDefault(r => r.Year == year)?.TargetValue));
            });
    }

    private static int? Count(decimal? value) => value is { } v ? (int)Math.Round(v) : null;
}

/// <summary>A tier's targets in one plan: the base and target of its first target, a second target (goal), and a milestone for the year.</summary>
public sealed record TierTargets(int? Base, int? Target, int? Goal, int? Milestone);

/// <summary>The tier targets a user's progress figures compare with.</summary>
public static class ScopedTierTargets
{
    /// <summary>
    /// The district's targets, or for a township officer their township's share where the plan sets
    /// one (else the district's, said so by a null township).
    /// </summary>
    public static async Task<(IReadOnlyDictionary<Tier, TierTargets> Targets, string? Township)> TargetsForAsync(
        this IApplicationDbContext db, Common.Security.ICurrentUser user, PlanPeriod plan, int year, CancellationToken ct)
    {
        if (Common.Security.TownshipScope.ScopedTownship(user) is { } own)
        {
            var share = await db.TierTargetsAsync(plan, own, year, ct);
            if (share.Count > 0)
            {
                return (share, await db.Townships.Where(t => t.Id == own).Select(t => t.Name).SingleAsync(ct));
            }
        }

        return (await db.TierTargetsAsync(plan, null, year, ct), null);
    }
}
