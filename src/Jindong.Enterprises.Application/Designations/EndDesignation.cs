using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Designations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// Ends a firm's designation: revoked (撤销), expired without renewal (到期未复审) or delisted (退市/摘牌),
/// from a day (today when not given; the day it no longer holds), with the reason. The grant stays in the
/// firm's history; reports of earlier days still count it.
/// </summary>
public sealed record EndDesignation(int EnterpriseId, int DesignationId, string How, string Reason, DateOnly? On = null) : ICommand<DesignationView>, IChangesEnterprise;

internal sealed class EndDesignationValidator : AbstractValidator<EndDesignation>
{
    public EndDesignationValidator(TimeProvider clock)
    {
        RuleFor(c => c.How)
            .Must(h => Codes.TryParse<DesignationEnd>(h, out _))
            .WithMessage((_, h) => string.Format(CultureInfo.CurrentCulture, Messages.DesignationEndUnknown, h));
        RuleFor(c => c.Reason).ValidReason();
        RuleFor(c => c.On)
            .Must(d => d is null || d <= ChinaTime.Today(clock))
            .WithMessage((_, d) => string.Format(CultureInfo.CurrentCulture, Messages.DesignationEndInFuture, ChinaTime.Show(d!.Value), ChinaTime.Show(ChinaTime.Today(clock))));
    }
}

internal sealed class EndDesignationHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<EndDesignation, DesignationView>
{
    public async Task<DesignationView> Handle(EndDesignation command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var (grant, kind) = await db.GrantForChangeAsync(command.EnterpriseId, command.DesignationId, cancellationToken);
        var today = ChinaTime.Today(clock);
        var before = DesignationView.Of(grant, kind, today);
        grant.Finish(Codes.Parse<DesignationEnd>(command.How), command.On ?? today, command.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var after = DesignationView.Of(grant, kind, today);
        audit.Record(command.EnterpriseId, before.Audit(), after.Audit(), command.Reason.Trim());
        return after;
    }
}

internal static class GrantLookup
{
    /// <summary>A grant of the firm, tracked; another firm's is as unknown as a missing one.</summary>
    public static async Task<(Designation Grant, DesignationKind Kind)> GrantForChangeAsync(this IApplicationDbContext db, int enterpriseId, int designationId, CancellationToken ct)
    {
        var grant = await db.Designations.SingleOrDefaultAsync(d => d.Id == designationId && d.EnterpriseId == enterpriseId, ct)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.DesignationNotFound, designationId));
        var kind = await db.DesignationKinds.AsNoTracking().SingleAsync(k => k.Id == grant.KindId, ct);
        return (grant, kind);
    }
}
