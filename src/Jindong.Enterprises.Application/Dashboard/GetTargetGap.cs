using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>
/// How far a firm's latest recorded output is from its cultivation target's threshold, and the
/// yearly growth it needs to reach it by the last year of the current plan: the plan that covers
/// this year (China time), else the one that covers the year of the latest figures.
/// </summary>
public sealed record GetTargetGap(int EnterpriseId) : IQuery<TargetGapView?>, IReadsEnterprise;

/// <param name="RequiredGrowth">Yearly growth rate (0.12 = 12 %) needed; null when reached, when no year is left or when no plan applies.</param>
/// <param name="Plan">The plan the growth is computed to; null when no plan covers this year or the latest figures' year.</param>
public sealed record TargetGapView(string Target, decimal ThresholdWan, int? LatestYear, decimal? LatestOutputWan, decimal? GapWan, bool Reached, double? RequiredGrowth, string? Plan = null, int? TargetYear = null);

internal sealed class GetTargetGapHandler(IApplicationDbContext db, TimeProvider clock, RegistryCache cache) : IRequestHandler<GetTargetGap, TargetGapView?>
{
    /// <summary>Read once per registry version, firm and current year (who may see the firm the pipeline checks first).</summary>
    public async Task<TargetGapView?> Handle(GetTargetGap query, CancellationToken cancellationToken)
    {
        var gap = await cache.GetAsync(db, $"target-gap:{query.EnterpriseId}:{ChinaTime.CurrentYear(clock)}", ct => ReadAsync(query.EnterpriseId, ct), cancellationToken);
        if (gap is null)
        {
            throw EnterpriseLookup.NotFound(query.EnterpriseId);
        }

        return gap.View;
    }

    /// <summary>A known firm's gap; <see cref="View"/> is null when it has no target.</summary>
    private sealed record KnownFirm(TargetGapView? View);

    /// <summary>Null when the firm is unknown.</summary>
    private async Task<KnownFirm?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var firm = await db.Enterprises.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Target }).SingleOrDefaultAsync(cancellationToken);
        if (firm is null)
        {
            return null;
        }

        return new KnownFirm(firm.Target is { } target ? await GapAsync(id, target, cancellationToken) : null);
    }

    private async Task<TargetGapView> GapAsync(int id, Tier target, CancellationToken cancellationToken)
    {
        var threshold = target.ThresholdWan();
        var latest = await db.AnnualFigures.AsNoTracking().Where(f => f.EnterpriseId == id)
            .OrderByDescending(f => f.Year).Select(f => new { f.Year, f.Values.OutputWan }).FirstOrDefaultAsync(cancellationToken);
        var plan = await db.CoveringPlanAsync(ChinaTime.CurrentYear(clock), cancellationToken)
            ?? (latest is null ? null : await db.CoveringPlanAsync(latest.Year, cancellationToken));
        if (latest is null)
        {
            return new TargetGapView(target.Name(), threshold, null, null, null, false, null, plan?.Code, plan?.LastYear);
        }

        var reached = latest.OutputWan >= threshold;
        var growth = reached || plan is null ? null : RequiredGrowth.Rate(threshold, latest.OutputWan, plan.LastYear - latest.Year);
        return new TargetGapView(target.Name(), threshold, latest.Year, latest.OutputWan, reached ? 0 : threshold - latest.OutputWan, reached, growth, plan?.Code, plan?.LastYear);
    }
}
