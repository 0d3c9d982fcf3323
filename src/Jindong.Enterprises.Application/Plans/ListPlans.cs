using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>Every plan, in the order of their periods.</summary>
public sealed record ListPlans : IQuery<IReadOnlyList<PlanSummary>>;

/// <summary>
/// A plan with its targets in the plan's order: the district's, and the townships' shares — a
/// township officer sees the district's targets and their own township's share only.
/// </summary>
public sealed record GetPlan(string Plan) : IQuery<PlanDetails>;

internal sealed class ListPlansHandler(IApplicationDbContext db) : IRequestHandler<ListPlans, IReadOnlyList<PlanSummary>>
{
    public async Task<IReadOnlyList<PlanSummary>> Handle(ListPlans query, CancellationToken cancellationToken) =>
        (await db.Plans.AsNoTracking().OrderBy(p => p.FirstYear).ThenBy(p => p.Id).ToListAsync(cancellationToken)).Select(PlanSummary.Of).ToList();
}

internal sealed class GetPlanHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetPlan, PlanDetails>
{
    public async Task<PlanDetails> Handle(GetPlan query, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(query.Plan, nameof(query.Plan), cancellationToken);
        var targets = await db.VisibleTargets(user, plan.Id).ToListAsync(cancellationToken);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return new PlanDetails(
            PlanSummary.Of(plan),
            targets.Select(t => PlanTargetView.Of(plan, t, t.TownshipId is { } id ? townships[id] : null)).ToList());
    }
}

/// <summary>Which of a plan's targets a user sees.</summary>
internal static class PlanTargetScope
{
    /// <summary>The district's targets and, for a township officer, only their own township's shares; in the plan's order.</summary>
    public static IQueryable<Domain.Plans.PlanTarget> VisibleTargets(this IApplicationDbContext db, ICurrentUser user, int planId)
    {
        var own = user.ScopedTownship();
        return db.PlanTargets.AsNoTracking()
            .Where(t => t.PlanId == planId && (own == null || t.TownshipId == null || t.TownshipId == own))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.TownshipId).ThenBy(t => t.Year).ThenBy(t => t.Id);
    }
}
