using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// A township officer's report that a firm's computed result rests on wrong figures, while the year
/// is computed and not yet published. The bureau corrects the figures and runs the year again (which
/// closes the flag), or dismisses it; the year cannot be published while a flag is open.
/// </summary>
public sealed record FlagEfficiencyResult(int Year, int EnterpriseId, string Reason) : ICommand<FlagView>, IChangesEnterprise;

internal sealed class FlagEfficiencyResultValidator : AbstractValidator<FlagEfficiencyResult>
{
    public FlagEfficiencyResultValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class FlagEfficiencyResultHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<FlagEfficiencyResult, FlagView>
{
    public async Task<FlagView> Handle(FlagEfficiencyResult command, CancellationToken cancellationToken)
    {
        var evaluation = await db.EvaluationOfAsync(command.Year, cancellationToken);
        evaluation.EnsureComputed();
        await db.ResultOfAsync(evaluation, command.EnterpriseId, cancellationToken);
        if (await db.EfficiencyFlags.AnyAsync(f => f.EvaluationId == evaluation.Id && f.EnterpriseId == command.EnterpriseId && f.Status == FlagStatus.Open, cancellationToken))
        {
            throw new DomainRuleException(DomainRules.FlagAlreadyOpen, command.Year, command.EnterpriseId);
        }

        var flag = EfficiencyFlag.Raise(evaluation.Id, command.EnterpriseId, command.Reason.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        db.EfficiencyFlags.Add(flag);
        await db.SaveChangesAsync(cancellationToken);
        var view = FlagView.Of(flag);
        audit.Record(command.EnterpriseId, null, view, flag.Reason);
        return view;
    }
}
