using Jindong.Enterprises.Domain.Users;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>
/// Each active firm with a cultivation target: its latest output (the most recent year up to the
/// report year), the target's threshold, the gap, and the compound annual growth rate it needs to
/// reach the threshold by the last year of the plan that covers the report year:
/// (threshold / output)^(1 / (last year − year)) − 1. In the plan's last year there is no rate, only
/// reached or not; a year no plan covers has no rate either.
/// </summary>
public sealed record GetGapReport(int Year) : IQuery<IReadOnlyList<GapRow>>;

/// <param name="Status">reached, behind, no-figures, not-reached (behind in the plan's last year, so no rate applies), or no-plan (behind in a year no plan covers).</param>
/// <param name="RequiredGrowth">The yearly growth rate needed (0.25 = 25 %); null unless the status is behind.</param>
/// <param name="Plan">The covering plan's code; null when no plan covers the year.</param>
/// <param name="TargetYear">The year the rate is computed to: the covering plan's last year.</param>
/// <param name="OlderFigures">The latest figures are of a year before the report's (<see cref="OutputYear"/> says which).</param>
public sealed record GapRow(
    int Id,
    string Name,
    string Township,
    string Target,
    decimal? Output,
    int? OutputYear,
    decimal Threshold,
    decimal? Gap,
    double? RequiredGrowth,
    string Status,
    string? Plan = null,
    int? TargetYear = null,
    bool OlderFigures = false);

internal sealed class GetGapReportValidator : AbstractValidator<GetGapReport>
{
    public GetGapReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetGapReportHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetGapReport, IReadOnlyList<GapRow>>
{
    public async Task<IReadOnlyList<GapRow>> Handle(GetGapReport query, CancellationToken cancellationToken)
    {
        var year = query.Year;
        var plan = await db.CoveringPlanAsync(year, cancellationToken);
        var firms = await db.Enterprises.AsNoTracking().Visible(user)
            .Where(e => e.Status == EnterpriseStatus.Active && e.Target != null)
            .OrderBy(e => e.ListNo == null).ThenBy(e => e.ListNo).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Name,
                Township = db.Townships.Where(t => t.Id == e.TownshipId).Select(t => t.Name).First(),
                Target = e.Target!.Value,
                Latest = db.AnnualFigures
                    .Where(f => f.EnterpriseId == e.Id && f.Year <= year)
                    .OrderByDescending(f => f.Year)
                    .Select(f => new { f.Year, f.Values.OutputWan })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return firms.Select(f => Row(f.Id, f.Name, f.Township, f.Target, f.Latest?.OutputWan, f.Latest?.Year, year, plan)).ToList();
    }

    internal static GapRow Row(int id, string name, string township, Tier target, decimal? output, int? outputYear, int year, PlanPeriod? plan)
    {
        var threshold = target.ThresholdWan();
        var row = new GapRow(id, name, township, target.Name(), output, outputYear, threshold, null, null, "no-figures", plan?.Code, plan?.LastYear, outputYear < year);
        if (output is null)
        {
            return row;
        }

        var gap = Math.Max(threshold - output.Value, 0m);
        if (gap == 0)
        {
            return row with { Gap = 0m, Status = "reached" };
        }

        if (plan is null)
        {
            return row with { Gap = gap, Status = "no-plan" };
        }

        if (year >= plan.LastYear)
        {
            return row with { Gap = gap, Status = "not-reached" };
        }

        return row with { Gap = gap, RequiredGrowth = RequiredGrowth.Rate(threshold, output.Value, plan.LastYear - year), Status = "behind" };
    }
}
