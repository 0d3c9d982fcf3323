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

/// <summary>
/// The bureau's decision on a firm's pending objection. Upheld: the firm is recomputed from its
/// figures, parcels and profile as they are now (corrected as the objection showed), with the run's
/// averages, and ranked against the other firms' stored scores — its result changes, no other
/// firm's does. Rejected: nothing changes but the objection.
/// </summary>
[Requires(Permission.Administer)]
public sealed record DecideEfficiencyObjection(int Year, int EnterpriseId, bool Uphold, string Reason) : ICommand<ObjectionView>;

internal sealed class DecideEfficiencyObjectionValidator : AbstractValidator<DecideEfficiencyObjection>
{
    public DecideEfficiencyObjectionValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class DecideEfficiencyObjectionHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<DecideEfficiencyObjection, ObjectionView>
{
    public async Task<ObjectionView> Handle(DecideEfficiencyObjection command, CancellationToken cancellationToken)
    {
        var (year, firm) = (command.Year, command.EnterpriseId);
        var now = clock.GetUtcNow().UtcDateTime;
        // Recomputed from the figures as they are: a correction of the firm lands before the decision or after it.
        await db.LockEnterpriseAsync(firm, cancellationToken);
        var evaluation = await db.EvaluationOfAsync(year, cancellationToken);
        evaluation.EnsurePublished();
        var objection = await db.EfficiencyObjections.SingleOrDefaultAsync(o => o.EvaluationId == evaluation.Id && o.EnterpriseId == firm && o.Decision == ObjectionDecision.Pending, cancellationToken)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.ObjectionNotFound, year, firm));
        var result = await db.ResultOfAsync(evaluation, firm, cancellationToken);
        var before = ResultSummary.Of(year, result);
        var standing = (result.Class, result.Score);
        var reason = command.Reason.Trim();

        FirmEvaluation? recomputed = null;
        if (command.Uphold)
        {
            var input = await db.InputOfAsync(year, firm, cancellationToken)
                ?? new EvaluationInput(firm, result.TownshipId, result.Values, []);
            var others = await db.OtherScoresAsync(evaluation.Id, firm, cancellationToken);
            recomputed = EfficiencyEvaluator.Rescore(evaluation.Terms, year, input with { TownshipId = result.TownshipId }, evaluation.Stats, others);
            result.Recompute(recomputed);
            await db.EfficiencyResultLines.Where(l => l.EvaluationId == evaluation.Id && l.EnterpriseId == firm).ExecuteDeleteAsync(cancellationToken);
            db.EfficiencyResultLines.AddRange(EfficiencyResult.LinesOf(evaluation.Id, recomputed));
        }

        var objectionBefore = ObjectionView.Of(objection);
        objection.Decide(command.Uphold, reason, standing, recomputed, user.Name, now);
        await db.SaveChangesAsync(cancellationToken);

        var view = ObjectionView.Of(objection);
        audit.Record(firm, objectionBefore, view, reason);
        if (recomputed is not null)
        {
            audit.Record(firm, before, ResultSummary.Of(year, recomputed), reason);
        }

        return view;
    }
}
