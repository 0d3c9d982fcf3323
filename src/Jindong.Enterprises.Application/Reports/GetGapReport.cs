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
/// <param name="AsOf">Reprint the report as the registry stood at the end of that day.</param>
public sealed record GetGapReport(int Year, DateOnly? AsOf = null) : IQuery<IReadOnlyList<GapRow>>;

/// <param name="Status">reached, behind, no-figures, not-reached (behind in the plan's last year, so no rate applies), or no-plan (behind in a year no plan covers).</param>
/// <param name="RequiredGrowth">The yearly growth rate needed (0.25 = 25 %); null unless the status is behind.</param>
/// <param name="Plan">The covering plan's code; null when no plan covers the year.</param>
/// <param name="TargetYear">The year the rate is computed to: the covering plan's last year.</param>
/// <param name="OlderFigures">The latest figures are of a year before the report's (<see cref="OutputYear"/> says which).</param>
/// <param name="CorrectedOutput">On a signed-off or as-of basis, the output as corrected since, where it differs from the one counted.</param>
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
    bool OlderFigures = false,
    decimal? CorrectedOutput = null);

/// <summary>The codes of <see cref="GapRow.Status"/>.</summary>
public static class GapStatuses
{
    public const string Reached = "reached";
    public const string Behind = "behind";
    public const string NoFigures = "no-figures";
    public const string NoPlan = "no-plan";
    public const string NotReached = "not-reached";

    public static readonly IReadOnlyList<string> All = [Reached, Behind, NoFigures, NoPlan, NotReached];
}

internal sealed class GetGapReportValidator : AbstractValidator<GetGapReport>
{
    public GetGapReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetGapReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetGapReport, IReadOnlyList<GapRow>>
{
    public async Task<IReadOnlyList<GapRow>> Handle(GetGapReport query, CancellationToken cancellationToken)
    {
        var year = query.Year;
        var plan = await db.CoveringPlanAsync(year, cancellationToken);
        var basis = await db.BasisAsync(clock, year, query.AsOf, cancellationToken);
        var figures = db.Figures(basis);
        // Firms with a target then, active then, on the list by the year's end or with figures by then.
        var firms = await (
            from s in db.Standings(user, basis)
            where s.Status == EnterpriseStatus.Active && s.Target != null
            where s.Listed || figures.Any(f => f.EnterpriseId == s.EnterpriseId && f.Year <= year)
            join e in db.Enterprises on s.EnterpriseId equals e.Id
            orderby e.ListNo == null, e.ListNo, e.Id
            select new
            {
                e.Id,
                e.Name,
                Township = db.Townships.Where(t => t.Id == s.TownshipId).Select(t => t.Name).First(),
                Target = s.Target!.Value,
                Latest = figures
                    .Where(f => f.EnterpriseId == s.EnterpriseId && f.Year <= year)
                    .OrderByDescending(f => f.Year)
                    .Select(f => new { f.Year, f.OutputWan })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var rows = firms.Select(f => Row(f.Id, f.Name, f.Township, f.Target, f.Latest?.OutputWan, f.Latest?.Year, year, plan)).ToList();
        return basis.RecordedBy is null ? rows : await WithCorrectionsAsync(rows, year, cancellationToken);
    }

    /// <summary>The output each firm's counted year holds now, beside the one counted where a later correction changed it.</summary>
    private async Task<IReadOnlyList<GapRow>> WithCorrectionsAsync(List<GapRow> rows, int year, CancellationToken ct)
    {
        var ids = rows.Where(r => r.OutputYear is not null).Select(r => r.Id).ToList();
        var current = (await db.AnnualFigures.AsNoTracking()
                .Where(f => ids.Contains(f.EnterpriseId) && f.Year <= year)
                .Select(f => new { f.EnterpriseId, f.Year, f.Values.OutputWan })
                .ToListAsync(ct))
            .ToDictionary(f => (f.EnterpriseId, f.Year), f => f.OutputWan);
        return rows
            .Select(r => r.OutputYear is { } counted && current.TryGetValue((r.Id, counted), out var now) && now != r.Output ? r with { CorrectedOutput = now } : r)
            .ToList();
    }

    internal static GapRow Row(int id, string name, string township, Tier target, decimal? output, int? outputYear, int year, PlanPeriod? plan)
    {
        var threshold = target.ThresholdWan();
        var row = new GapRow(id, name, township, target.Name(), output, outputYear, threshold, null, null, GapStatuses.NoFigures, plan?.Code, plan?.LastYear, outputYear < year);
        if (output is null)
        {
            return row;
        }

        var gap = Math.Max(threshold - output.Value, 0m);
        if (gap == 0)
        {
            return row with { Gap = 0m, Status = GapStatuses.Reached };
        }

        if (plan is null)
        {
            return row with { Gap = gap, Status = GapStatuses.NoPlan };
        }

        if (year >= plan.LastYear)
        {
            return row with { Gap = gap, Status = GapStatuses.NotReached };
        }

        return row with { Gap = gap, RequiredGrowth = RequiredGrowth.Rate(threshold, output.Value, plan.LastYear - year), Status = GapStatuses.Behind };
    }
}
