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
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Tiers;

/// <summary>
/// Moves a firm to another tier outside the annual review. The year's recorded output must
/// imply the new tier, unless the move is an override (its reason says why).
/// </summary>
public sealed record MoveTier(int EnterpriseId, string To, int Year, string Reason, bool Override = false) : ICommand<TierMoveView>, IChangesEnterprise;

internal sealed class MoveTierValidator : AbstractValidator<MoveTier>
{
    public MoveTierValidator()
    {
        RuleFor(c => c.To!).NotNull().WithMessage(_ => Messages.FieldTier).ValidTierName(() => Messages.FieldTier);
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class MoveTierHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<MoveTier, TierMoveView>
{
    public async Task<TierMoveView> Handle(MoveTier command, CancellationToken cancellationToken)
    {
        var enterprise = await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var output = await db.AnnualFigures
            .Where(f => f.EnterpriseId == enterprise.Id && f.Year == command.Year)
            .Select(f => (decimal?)f.Values.OutputWan)
            .SingleOrDefaultAsync(cancellationToken);
        var latestYear = await db.AnnualFigures.Where(f => f.EnterpriseId == enterprise.Id).MaxAsync(f => (int?)f.Year, cancellationToken);
        Tier? implied = output is null ? null : TierScale.ImpliedBy(output.Value);

        var before = await db.ViewAsync(enterprise, cancellationToken);
        var reason = command.Reason.Trim();
        var move = enterprise.MoveTier(
            new TierMoveRequest(TierScale.Parse(command.To), command.Year, reason, implied, command.Override, user.Name, LatestFiguresYear: latestYear),
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        audit.Record(enterprise.Id, before, await db.ViewAsync(enterprise, cancellationToken), reason);
        await db.FlagOpenProposalAsync(enterprise, audit, cancellationToken);
        return TierMoveView.Of(move);
    }
}
