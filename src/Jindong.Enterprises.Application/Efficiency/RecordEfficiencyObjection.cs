using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// A firm's objection (异议) to its published result, recorded by its township officer during the
/// 公示 with the reason and where the evidence is kept; the bureau decides it. One pending at a time.
/// </summary>
public sealed record RecordEfficiencyObjection(int Year, int EnterpriseId, string Reason, string? Attachment = null) : ICommand<ObjectionView>, IChangesEnterprise;

internal sealed class RecordEfficiencyObjectionValidator : AbstractValidator<RecordEfficiencyObjection>
{
    public RecordEfficiencyObjectionValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
        RuleFor(c => c.Attachment)
            .Must(a => a is null || (a.Trim().Length <= EfficiencyObjection.AttachmentMaxLength && !a.Any(char.IsControl)))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.AttachmentInvalid, EfficiencyObjection.AttachmentMaxLength));
    }
}

internal sealed class RecordEfficiencyObjectionHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordEfficiencyObjection, ObjectionView>
{
    public async Task<ObjectionView> Handle(RecordEfficiencyObjection command, CancellationToken cancellationToken)
    {
        var evaluation = await db.EvaluationOfAsync(command.Year, cancellationToken);
        evaluation.EnsureObjectionsOpen(ChinaTime.Today(clock));
        await db.ResultOfAsync(evaluation, command.EnterpriseId, cancellationToken);
        if (await db.EfficiencyObjections.AnyAsync(o => o.EvaluationId == evaluation.Id && o.EnterpriseId == command.EnterpriseId && o.Decision == ObjectionDecision.Pending, cancellationToken))
        {
            throw new DomainRuleException(DomainRules.ObjectionAlreadyPending, command.Year, command.EnterpriseId);
        }

        var attachment = string.IsNullOrWhiteSpace(command.Attachment) ? null : command.Attachment.Trim();
        var objection = EfficiencyObjection.Record(evaluation.Id, command.EnterpriseId, command.Reason.Trim(), attachment, user.Name, clock.GetUtcNow().UtcDateTime);
        db.EfficiencyObjections.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        var view = ObjectionView.Of(objection);
        audit.Record(command.EnterpriseId, null, view, objection.Reason);
        return view;
    }
}
