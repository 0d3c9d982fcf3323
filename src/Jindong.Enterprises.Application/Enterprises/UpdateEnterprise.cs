using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Reviews;
using MediatR;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>
/// Changes a firm's profile; null leaves a field as it is. <see cref="ExpectedVersion"/>, when
/// given, refuses the change if someone else saved the firm since it was read. A new credit code
/// that breaks a GB 32100 rule needs <see cref="CreditCodeOverride"/>, the reason; a new valid
/// code clears an earlier override.
/// </summary>
public sealed record UpdateEnterprise(
    int EnterpriseId,
    string? Name = null,
    string? Township = null,
    string? CreditCode = null,
    string? Segment = null,
    int? ExpectedVersion = null,
    DateOnly? EffectiveOn = null,
    string? CreditCodeOverride = null) : ICommand<EnterpriseView>, IChangesEnterprise;

internal sealed class UpdateEnterpriseValidator : AbstractValidator<UpdateEnterprise>
{
    public UpdateEnterpriseValidator()
    {
        RuleFor(c => c.Name!).ValidEnterpriseName().When(c => c.Name is not null);
        RuleFor(c => c.CreditCode).ValidCreditCode(c => c.CreditCodeOverride);
        RuleFor(c => c.CreditCodeOverride).OverridesCreditCode(c => c.CreditCode).When(c => c.CreditCodeOverride is not null);
        RuleFor(c => c.CreditCodeOverride!).ValidReason().When(c => c.CreditCodeOverride is not null);
        RuleFor(c => c)
            .Must(c => c.Name is not null || c.Township is not null || c.CreditCode is not null || c.Segment is not null)
            .WithName("Update")
            .WithMessage(_ => Messages.NothingToUpdate);
    }
}

internal sealed class UpdateEnterpriseHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<UpdateEnterprise, EnterpriseView>
{
    public async Task<EnterpriseView> Handle(UpdateEnterprise command, CancellationToken cancellationToken)
    {
        var enterprise = await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        if (command.ExpectedVersion is { } expected && expected != enterprise.Version)
        {
            throw new ConflictException(Messages.ConcurrentChange);
        }

        var before = await db.ViewAsync(enterprise, cancellationToken);
        var townshipId = command.Township is null
            ? enterprise.TownshipId
            : await db.RequireTownshipIdAsync(command.Township, nameof(command.Township), cancellationToken);
        user.EnsureCanChange(townshipId);
        var name = command.Name?.Trim() ?? enterprise.Name;
        await db.EnsureUniqueAsync(user, command.Name is null ? null : name, command.CreditCode, enterprise.Id, cancellationToken);

        var (code, codeOverride) = command.CreditCode is null
            ? (enterprise.CreditCode, enterprise.CreditCodeOverride)
            : (command.CreditCode, command.CreditCodeOverride);
        var segmentId = command.Segment is null ? enterprise.SegmentId : await db.RequireSegmentIdAsync(command.Segment, nameof(command.Segment), cancellationToken);
        var effectiveOn = await db.ResolveAsync(clock, command.EffectiveOn, cancellationToken);
        if (!enterprise.Update(name, townshipId, code, codeOverride, segmentId, clock.GetUtcNow().UtcDateTime, effectiveOn))
        {
            // Saved as it was: nothing to write, nothing to audit.
            return before;
        }

        await db.SaveChangesAsync(cancellationToken);
        var after = await db.ViewAsync(enterprise, cancellationToken);
        audit.Record(enterprise.Id, before, after, command.CreditCodeOverride);
        if (after.Township != before.Township)
        {
            await db.FlagOpenProposalAsync(enterprise, audit, cancellationToken);
        }
        return after;
    }
}
