using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using MediatR;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// Sets one target of an open plan — `plan target set --plan 十五五 --tier 超亿元 --target 150 [--base 120]
/// [--township T] [--year Y]`, or `--indicator 规上工业总产值 --target 800`, or `--count 国家高新技术企业`.
/// </summary>
[Requires(Permission.Administer)]
public sealed record SetPlanTarget(string Plan, string Target) : TargetFieldValues(Target), ICommand<PlanTargetView>
{
    /// <summary>Why the target is set or changed (the audit trail keeps it).</summary>
    public string? Reason { get; init; }
}

internal sealed class SetPlanTargetValidator : AbstractValidator<SetPlanTarget>
{
    public SetPlanTargetValidator()
    {
        RuleFor(c => c.Plan!).RequiredText(PlanPeriod.CodeMaxLength, () => Messages.FieldPlan);
        Include(new TargetFieldsValidator());
        RuleFor(c => c.Reason!).ValidReason().When(c => c.Reason is not null);
    }
}

internal sealed class SetPlanTargetHandler(IApplicationDbContext db, PlanTargetWriter writer) : IRequestHandler<SetPlanTarget, PlanTargetView>
{
    public async Task<PlanTargetView> Handle(SetPlanTarget command, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(command.Plan, nameof(command.Plan), cancellationToken);
        PlanTargetWriter.EnsureYearInPlan(plan, command.Year, nameof(command.Year));
        var township = await writer.TownshipAsync(command.Township, nameof(command.Township), cancellationToken);
        return (await writer.SetAsync(plan, command, township, command.Reason?.Trim(), cancellationToken)).View;
    }
}
