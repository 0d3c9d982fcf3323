using Jindong.Enterprises.Domain.Users;
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
/// The progress counts (band and cumulative, by the year's implied tier) for each township, beside
/// the township's share of the covering plan's tier targets where the plan splits them by township.
/// </summary>
/// <param name="AsOf">Reprint the report as the registry stood at the end of that day.</param>
public sealed record GetTownshipReport(int Year, DateOnly? AsOf = null) : IQuery<IReadOnlyList<TownshipRow>>;

/// <param name="Plan">The covering plan's code; null when no plan covers the year.</param>
/// <param name="Target">The township's share of the plan's count for its last year; null where the plan sets none.</param>
/// <param name="Milestone">The township's share for the report's year, where the plan sets one.</param>
public sealed record TownshipRow(string Township, string Tier, int Band, int Cumulative, string? Plan = null, int? TargetYear = null, int? Target = null, int? Milestone = null);

internal sealed class GetTownshipReportValidator : AbstractValidator<GetTownshipReport>
{
    public GetTownshipReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetTownshipReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetTownshipReport, IReadOnlyList<TownshipRow>>
{
    public async Task<IReadOnlyList<TownshipRow>> Handle(GetTownshipReport query, CancellationToken cancellationToken)
    {
        var scoped = user.ScopedTownship();
        var basis = await db.BasisAsync(clock, query.Year, query.AsOf, cancellationToken);
        var counts = await db.ActiveTiers(user, basis)
            .GroupBy(t => new { t.TownshipId, t.Rank })
            .Select(g => new { g.Key.TownshipId, g.Key.Rank, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var townships = await db.Townships.AsNoTracking()
            .Where(t => scoped == null || t.Id == scoped)
            .OrderBy(t => t.No)
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(cancellationToken);

        var plan = await db.CoveringPlanAsync(query.Year, cancellationToken);
        var shares = new Dictionary<int, IReadOnlyDictionary<Tier, TierTargets>>();
        foreach (var township in plan is null ? [] : townships)
        {
            shares[township.Id] = await db.TierTargetsAsync(plan!, township.Id, query.Year, cancellationToken);
        }

        return townships
            .SelectMany(t => ImpliedTiers.Accumulate(counts.Where(c => c.TownshipId == t.Id).Select(c => (c.Rank, c.Count)))
                .Select(r =>
                {
                    var share = shares.GetValueOrDefault(t.Id)?.GetValueOrDefault(r.Tier);
                    return new TownshipRow(t.Name, r.Tier.Name(), r.Band, r.Cumulative, plan?.Code, plan?.LastYear, share?.Target, share?.Milestone);
                }))
            .ToList();
    }
}
