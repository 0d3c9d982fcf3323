using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Application.Reviews;
using MediatR;

namespace Jindong.Enterprises.Application.Targets;

/// <summary>Sets the tier the district aims to bring a firm to by the covering plan's last year (培育目标), with the reason.</summary>
public sealed record SetCultivationTarget(int EnterpriseId, string Target, string Reason, DateOnly? EffectiveOn = null) : ICommand<EnterpriseView>, IChangesEnterprise;

internal sealed class SetCultivationTargetValidator : AbstractValidator<SetCultivationTarget>
{
    public SetCultivationTargetValidator()
    {
        RuleFor(c => c.Target!).NotNull().WithMessage(_ => Messages.FieldTarget).ValidTargetName();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class SetCultivationTargetHandler(
    IApplicationDbContext db,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<SetCultivationTarget, EnterpriseView>
{
    public async Task<EnterpriseView> Handle(SetCultivationTarget command, CancellationToken cancellationToken)
    {
        var enterprise = await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var before = await db.ViewAsync(enterprise, cancellationToken);
        var effectiveOn = await db.ResolveAsync(clock, command.EffectiveOn, cancellationToken);
        enterprise.SetTarget(TierScale.Parse(command.Target), clock.GetUtcNow().UtcDateTime, effectiveOn);
        await db.SaveChangesAsync(cancellationToken);

        var after = await db.ViewAsync(enterprise, cancellationToken);
        audit.Record(enterprise.Id, before, after, command.Reason.Trim());
        await db.FlagOpenProposalAsync(enterprise, audit, cancellationToken);
        return after;
    }
}
