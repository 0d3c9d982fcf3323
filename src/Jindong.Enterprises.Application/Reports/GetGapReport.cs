using Jindong.Enterprises.Domain.Users;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>
/// Each active firm with a cultivation target: its latest output (the most recent year up to the
/// report year), the target's threshold, the gap, and the compound annual growth rate it needs to
/// reach the threshold by 2025: (threshold / output)^(1 / (2025 − year)) − 1.
/// </summary>
public sealed record GetGapReport(int Year) : IQuery<IReadOnlyList<GapRow>>;

/// <param name="Status">reached, behind, no-figures, or past-deadline (behind in or after 2025, so no rate applies).</param>
/// <param name="RequiredGrowth">The yearly growth rate needed (0.25 = 25 %); null unless the status is behind.</param>
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
    string Status);

internal sealed class GetGapReportValidator : AbstractValidator<GetGapReport>
{
    public GetGapReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetGapReportHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetGapReport, IReadOnlyList<GapRow>>
{
    /// <summary>The plan's horizon: targets are to be reached by 2025.</summary>
    public const int TargetYear = 2025;

    public async Task<IReadOnlyList<GapRow>> Handle(GetGapReport query, CancellationToken cancellationToken)
    {
        var year = query.Year;
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

        return firms.Select(f => Row(f.Id, f.Name, f.Township, f.Target, f.Latest?.OutputWan, f.Latest?.Year, year)).ToList();
    }

    internal static GapRow Row(int id, string name, string township, Tier target, decimal? output, int? outputYear, int year)
    {
        var threshold = target.ThresholdWan();
        if (output is null)
        {
            return new GapRow(id, name, township, target.Name(), null, null, threshold, null, null, "no-figures");
        }

        var gap = Math.Max(threshold - output.Value, 0m);
        if (gap == 0)
        {
            return new GapRow(id, name, township, target.Name(), output, outputYear, threshold, 0m, null, "reached");
        }

        if (year >= TargetYear || output.Value == 0)
        {
            return new GapRow(id, name, township, target.Name(), output, outputYear, threshold, gap, null, year >= TargetYear ? "past-deadline" : "behind");
        }

        var rate = Math.Pow((double)(threshold / output.Value), 1.0 / (TargetYear - year)) - 1;
        return new GapRow(id, name, township, target.Name(), output, outputYear, threshold, gap, Math.Round(rate, 4), "behind");
    }
}
