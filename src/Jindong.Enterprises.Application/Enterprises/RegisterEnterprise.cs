using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>
/// Registers a firm the plan does not list. Returns the new firm's id. A real credit code that
/// breaks a GB 32100 rule is recorded only with <see cref="CreditCodeOverride"/>, the reason.
/// </summary>
[Requires(Permission.ChangeFirms)]
public sealed record RegisterEnterprise(
    string Name,
    string Township,
    string? CreditCode = null,
    string? Segment = null,
    string? Target = null,
    DateOnly? EffectiveOn = null,
    string? CreditCodeOverride = null) : ICommand<int>;

internal sealed class RegisterEnterpriseValidator : AbstractValidator<RegisterEnterprise>
{
    public RegisterEnterpriseValidator()
    {
        RuleFor(c => c.Name).ValidEnterpriseName();
        RuleFor(c => c.Township).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => Messages.TownshipRequired);
        RuleFor(c => c.CreditCode).ValidCreditCode(c => c.CreditCodeOverride);
        RuleFor(c => c.CreditCodeOverride).OverridesCreditCode(c => c.CreditCode).When(c => c.CreditCodeOverride is not null);
        RuleFor(c => c.CreditCodeOverride!).ValidReason().When(c => c.CreditCodeOverride is not null);
        RuleFor(c => c.Target).ValidTargetName();
    }
}

internal sealed class RegisterEnterpriseHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<RegisterEnterprise, int>
{
    public async Task<int> Handle(RegisterEnterprise command, CancellationToken cancellationToken)
    {
        var townshipId = await db.RequireTownshipIdAsync(command.Township, nameof(command.Township), cancellationToken);
        user.EnsureCanChange(townshipId);
        int? segmentId = command.Segment is null ? null : await db.RequireSegmentIdAsync(command.Segment, nameof(command.Segment), cancellationToken);
        var name = command.Name.Trim();
        await db.EnsureUniqueAsync(user, name, command.CreditCode, null, cancellationToken);

        var effectiveOn = await db.ResolveAsync(clock, command.EffectiveOn, cancellationToken);
        var enterprise = Enterprise.Register(
            name,
            townshipId,
            command.CreditCode,
            segmentId,
            SegmentSource.Manual,
            null,
            command.Target is null ? null : TierScale.Parse(command.Target),
            clock.GetUtcNow().UtcDateTime,
            effectiveOn,
            creditCodeOverride: command.CreditCodeOverride);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(cancellationToken);

        audit.Record(enterprise.Id, null, await db.ViewAsync(enterprise, cancellationToken), command.CreditCodeOverride);
        Serilog.Log.Information("Registered enterprise {EnterpriseId} in township {TownshipId}", enterprise.Id, townshipId);
        return enterprise.Id;
    }
}
