using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>Closes a plan: its targets are final from then on (official figures for its evaluation can still be entered).</summary>
[Requires(Permission.Administer)]
public sealed record ClosePlan(string Plan, string Reason) : ICommand<PlanSummary>;

internal sealed class ClosePlanValidator : AbstractValidator<ClosePlan>
{
    public ClosePlanValidator()
    {
        RuleFor(c => c.Plan!).RequiredText(Domain.Plans.PlanPeriod.CodeMaxLength, () => Messages.FieldPlan);
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class ClosePlanHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<ClosePlan, PlanSummary>
{
    public async Task<PlanSummary> Handle(ClosePlan command, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(command.Plan, nameof(command.Plan), cancellationToken, tracked: true);
        var before = PlanSummary.Of(plan);
        plan.Close(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        var after = PlanSummary.Of(plan);
        audit.Record(null, before, after, command.Reason.Trim());
        return after;
    }
}
