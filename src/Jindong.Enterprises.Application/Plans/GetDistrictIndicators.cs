using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// The district indicators of a year computed from firm figures (<see cref="DistrictIndicators"/>),
/// each with its coverage, beside the targets of every plan that covers the year (one row per
/// target; an indicator no plan sets a target for has one row without).
/// </summary>
public sealed record GetDistrictIndicators(int Year) : IQuery<IReadOnlyList<IndicatorRow>>;

/// <param name="Covered">Firms whose figures the value rests on, of <paramref name="Of"/> (the 规上 firms; all firms for the 入园率).</param>
public sealed record IndicatorRow(
    string Code,
    string Name,
    string Unit,
    decimal? Value,
    int Covered,
    int Of,
    double? Coverage,
    string? Plan = null,
    int? TargetYear = null,
    decimal? Target = null,
    string? TargetText = null,
    bool? Reached = null);

internal sealed class GetDistrictIndicatorsValidator : AbstractValidator<GetDistrictIndicators>
{
    public GetDistrictIndicatorsValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetDistrictIndicatorsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetDistrictIndicators, IReadOnlyList<IndicatorRow>>
{
    public async Task<IReadOnlyList<IndicatorRow>> Handle(GetDistrictIndicators query, CancellationToken cancellationToken)
    {
        var sums = (await db.IndicatorSumsAsync(user, query.Year, clock, cancellationToken)).For(null);
        var plans = await db.Plans.AsNoTracking().Where(p => p.FirstYear <= query.Year && query.Year <= p.LastYear)
            .OrderBy(p => p.Kind).ThenBy(p => p.FirstYear).ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var targets = await db.PlanTargets.AsNoTracking()
            .Where(t => planIds.Contains(t.PlanId) && t.TownshipId == null && t.Kind != TargetKind.Count && (t.Year == null || t.Year == query.Year))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);

        var rows = new List<IndicatorRow>();
        foreach (var indicator in DistrictIndicators.All)
        {
            var value = indicator.Compute(sums);
            var row = new IndicatorRow(indicator.Code, indicator.Label, indicator.Unit, value.Value, value.Covered, value.Of, value.Coverage);
            var matching = plans
                .SelectMany(p => targets.Where(t => t.PlanId == p.Id && Answers(indicator, t)).Select(t => (Plan: p, Target: t)))
                .GroupBy(x => x.Plan.Id)
                // A plan's milestone for the year, else its target for its last year.
                .Select(g => g.OrderBy(x => x.Target.Year is null).First())
                .ToList();
            rows.AddRange(matching.Count == 0
                ? [row]
                : matching.Select(m => row with
                {
                    Plan = m.Plan.Code,
                    TargetYear = m.Target.YearIn(m.Plan),
                    Target = m.Target.TargetValue,
                    TargetText = m.Target.TargetText,
                    Reached = TargetJudgement.Reached(m.Target.Comparison, m.Target.TargetValue, value.Value),
                }));
        }

        return rows;
    }

    private static bool Answers(IndicatorDefinition indicator, PlanTarget target) =>
        (target.Kind == TargetKind.Indicator && target.Subject == indicator.Code)
        || (target.Kind == TargetKind.Tier && indicator.SameAsTier is { } tier && Domain.Tiers.TierScale.TryParse(target.Subject, out var named) && named == tier);
}
