using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Reviews;
using MediatR;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Takes a firm off the active list (moved out of the district, or closed); it stays in history.</summary>
public sealed record MoveOutEnterprise(int EnterpriseId, string Reason, bool Closed = false, DateOnly? EffectiveOn = null) : ICommand<EnterpriseView>, IChangesEnterprise;

internal sealed class MoveOutEnterpriseValidator : AbstractValidator<MoveOutEnterprise>
{
    public MoveOutEnterpriseValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class MoveOutEnterpriseHandler(
    IApplicationDbContext db,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<MoveOutEnterprise, EnterpriseView>
{
    public async Task<EnterpriseView> Handle(MoveOutEnterprise command, CancellationToken cancellationToken)
    {
        var enterprise = await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var before = await db.ViewAsync(enterprise, cancellationToken);
        var effectiveOn = await db.ResolveAsync(clock, command.EffectiveOn, cancellationToken);
        enterprise.MoveOut(command.Reason.Trim(), command.Closed, clock.GetUtcNow().UtcDateTime, effectiveOn);
        await db.SaveChangesAsync(cancellationToken);

        var after = await db.ViewAsync(enterprise, cancellationToken);
        audit.Record(enterprise.Id, before, after, command.Reason.Trim());
        await db.FlagOpenProposalAsync(enterprise, audit, cancellationToken);
        return after;
    }
}
