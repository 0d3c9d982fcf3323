using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>
/// Progress toward the targets of the plan that covers the year (<see cref="Plans.PlanLookup.CoveringPlanAsync"/>):
/// active firms per tier implied by the year's output. <c>Band</c> counts firms in exactly that
/// tier; <c>Cumulative</c> counts firms at or above it, which is how Table 4-1 counts "超X亿元" firms
/// and the column its base and target compare with. A year no plan covers has no targets (plan null).
/// </summary>
/// <param name="AsOf">Reprint the report as the registry stood at the end of that day.</param>
public sealed record GetProgressReport(int Year, DateOnly? AsOf = null) : IQuery<IReadOnlyList<ProgressRow>>;

/// <param name="Plan">The covering plan's code; null when no plan covers the year.</param>
/// <param name="Base">The plan's base-year count (cumulative); null where the plan gives none.</param>
/// <param name="Target">The plan's count for its last year (cumulative): its first target for the tier (Table 4-1 for the 十四五).</param>
/// <param name="CultivationGoal">A second target for the tier (section 六.4's goal for the 十四五).</param>
/// <param name="Milestone">The plan's milestone for the report's year, where one is set.</param>
/// <param name="TargetTownship">For a township officer, the township whose share the targets are; null when they are the district's.</param>
public sealed record ProgressRow(
    string Tier,
    int Band,
    int Cumulative,
    string? Plan = null,
    int? BaseYear = null,
    int? Base = null,
    int? TargetYear = null,
    int? Target = null,
    int? CultivationGoal = null,
    int? Milestone = null,
    string? TargetTownship = null)
{
    /// <summary>base2020 / target2025 / cultivationGoal2025 while the 十四五 is shown (<see cref="PlanAliases"/>).</summary>
    [JsonExtensionData]
    public Dictionary<string, object?>? Aliases => PlanAliases.Of(BaseYear, TargetYear, Base, Target, CultivationGoal, withGoal: true);
}

internal sealed class GetProgressReportValidator : AbstractValidator<GetProgressReport>
{
    public GetProgressReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetProgressReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetProgressReport, IReadOnlyList<ProgressRow>>
{
    public async Task<IReadOnlyList<ProgressRow>> Handle(GetProgressReport query, CancellationToken cancellationToken)
    {
        var basis = await db.BasisAsync(clock, query.Year, query.AsOf, cancellationToken);
        var counts = await db.ActiveTiers(user, basis)
            .GroupBy(t => t.Rank)
            .Select(g => new { Rank = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var plan = await db.CoveringPlanAsync(query.Year, cancellationToken);
        var (targets, township) = plan is null
            ? (new Dictionary<Tier, TierTargets>(), null)
            : await db.TargetsForAsync(user, plan, query.Year, cancellationToken);

        return ImpliedTiers.Accumulate(counts.Select(c => (c.Rank, c.Count)))
            .Select(r =>
            {
                var t = targets.GetValueOrDefault(r.Tier);
                return new ProgressRow(r.Tier.Name(), r.Band, r.Cumulative, plan?.Code, plan?.BaseYear, t?.Base, plan?.LastYear, t?.Target, t?.Goal, t?.Milestone, t is null ? null : township);
            })
            .ToList();
    }
}
