using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>The bureau closes a township's open flag without a new run: the figures were right, and why.</summary>
[Requires(Permission.Administer)]
public sealed record DismissEfficiencyFlag(int Year, int EnterpriseId, string Reason) : ICommand<FlagView>;

internal sealed class DismissEfficiencyFlagValidator : AbstractValidator<DismissEfficiencyFlag>
{
    public DismissEfficiencyFlagValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class DismissEfficiencyFlagHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<DismissEfficiencyFlag, FlagView>
{
    public async Task<FlagView> Handle(DismissEfficiencyFlag command, CancellationToken cancellationToken)
    {
        var evaluation = await db.EvaluationOfAsync(command.Year, cancellationToken);
        evaluation.EnsureComputed();
        var flag = await db.EfficiencyFlags.SingleOrDefaultAsync(f => f.EvaluationId == evaluation.Id && f.EnterpriseId == command.EnterpriseId && f.Status == FlagStatus.Open, cancellationToken)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.FlagNotFound, command.Year, command.EnterpriseId));
        var before = FlagView.Of(flag);
        flag.Close(FlagStatus.Dismissed, command.Reason.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var after = FlagView.Of(flag);
        audit.Record(command.EnterpriseId, before, after, flag.ClosingNote);
        return after;
    }
}
