using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>
/// Progress toward the plan's 2025 targets: active firms per tier implied by the year's output.
/// <c>Band</c> counts firms in exactly that tier; <c>Cumulative</c> counts firms at or above it,
/// which is how Table 4-1 counts "超X亿元" firms and the column its base and target compare with.
/// </summary>
/// <param name="AsOf">Reprint the report as the registry stood at the end of that day.</param>
public sealed record GetProgressReport(int Year, DateOnly? AsOf = null) : IQuery<IReadOnlyList<ProgressRow>>;

/// <param name="Base2020">Table 4-1's 2020 count (cumulative); null where the plan gives none.</param>
/// <param name="Target2025">Table 4-1's 2025 target (cumulative); null where the plan gives none.</param>
/// <param name="CultivationGoal2025">Section 六.4's cultivation goal (cumulative); null where it gives none.</param>
public sealed record ProgressRow(string Tier, int Band, int Cumulative, int? Base2020, int? Target2025, int? CultivationGoal2025);

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
        var targets = await db.PlanTierTargets.AsNoTracking().ToDictionaryAsync(t => t.Tier, cancellationToken);

        return ImpliedTiers.Accumulate(counts.Select(c => (c.Rank, c.Count)))
            .Select(r =>
            {
                var plan = targets.GetValueOrDefault(r.Tier);
                return new ProgressRow(r.Tier.Name(), r.Band, r.Cumulative, plan?.Base2020, plan?.Target2025, plan?.CultivationGoal2025);
            })
            .ToList();
    }
}
