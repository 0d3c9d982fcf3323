using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>
/// The progress counts (band and cumulative, by the year's implied tier) for each Table 5-2
/// segment that has firms with figures, plus the unclassified firms (Industry and Segment null).
/// </summary>
/// <param name="AsOf">Reprint the report as the registry stood at the end of that day.</param>
public sealed record GetIndustryReport(int Year, DateOnly? AsOf = null) : IQuery<IReadOnlyList<IndustryRow>>;

/// <param name="Plan">The plan that covers the year (the plan sets no targets by industry); null when none does.</param>
public sealed record IndustryRow(string? Category, string? Industry, string? Segment, string Tier, int Band, int Cumulative, string? Plan = null);

internal sealed class GetIndustryReportValidator : AbstractValidator<GetIndustryReport>
{
    public GetIndustryReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetIndustryReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetIndustryReport, IReadOnlyList<IndustryRow>>
{
    public async Task<IReadOnlyList<IndustryRow>> Handle(GetIndustryReport query, CancellationToken cancellationToken)
    {
        var basis = await db.BasisAsync(clock, query.Year, query.AsOf, cancellationToken);
        var counts = await db.ActiveTiers(user, basis)
            .GroupBy(t => new { t.SegmentId, t.Rank })
            .Select(g => new { g.Key.SegmentId, g.Key.Rank, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var segments = await db.Segments.AsNoTracking()
            .OrderBy(s => s.Industry.Category.SortOrder).ThenBy(s => s.Industry.SortOrder).ThenBy(s => s.SortOrder)
            .Select(s => new { Id = (int?)s.Id, Category = s.Industry.Category.Name, Industry = s.Industry.Name, Segment = s.Name })
            .ToListAsync(cancellationToken);
        segments.Add(new { Id = (int?)null, Category = (string)null!, Industry = (string)null!, Segment = (string)null! });

        var plan = (await db.CoveringPlanAsync(query.Year, cancellationToken))?.Code;
        return segments
            .Where(s => counts.Any(c => c.SegmentId == s.Id))
            .SelectMany(s => ImpliedTiers.Accumulate(counts.Where(c => c.SegmentId == s.Id).Select(c => (c.Rank, c.Count)))
                .Select(r => new IndustryRow(s.Category, s.Industry, s.Segment, r.Tier.Name(), r.Band, r.Cumulative, plan)))
            .ToList();
    }
}
