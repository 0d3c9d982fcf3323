using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using MediatR;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>The five-year plan whose period holds the year, as the reports of that year name it; null when none does.</summary>
public sealed record GetCoveringPlan(int Year) : IQuery<PlanSummary?>;

internal sealed class GetCoveringPlanHandler(IApplicationDbContext db) : IRequestHandler<GetCoveringPlan, PlanSummary?>
{
    public async Task<PlanSummary?> Handle(GetCoveringPlan query, CancellationToken cancellationToken) =>
        await db.CoveringPlanAsync(query.Year, cancellationToken) is { } plan ? PlanSummary.Of(plan) : null;
}
