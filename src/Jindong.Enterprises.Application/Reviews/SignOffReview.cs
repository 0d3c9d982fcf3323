using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// Signs the year's review off: applies every approved proposal as a review promotion or
/// demotion linked to the review, and closes it. Undecided proposals block sign-off. A firm
/// that has left the list, or already sits at the proposed tier, is skipped.
/// </summary>
public sealed record SignOffReview(int Year) : ICommand<ReviewSignedOff>;

internal sealed class SignOffReviewValidator : AbstractValidator<SignOffReview>
{
    public SignOffReviewValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class SignOffReviewHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<SignOffReview, ReviewSignedOff>
{
    public async Task<ReviewSignedOff> Handle(SignOffReview command, CancellationToken cancellationToken)
    {
        user.EnsureCanReview();
        var now = clock.GetUtcNow().UtcDateTime;
        var review = await db.ReviewOfAsync(command.Year, cancellationToken);
        var undecided = await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Pending, cancellationToken);
        review.SignOff(undecided, user.Name, now);

        var approved = await db.ReviewProposals.AsNoTracking()
            .Where(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Approved)
            .ToListAsync(cancellationToken);
        var firms = await db.Enterprises
            .Where(e => db.ReviewProposals.Any(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Approved && p.EnterpriseId == e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        var applied = 0;
        foreach (var proposal in approved)
        {
            var firm = firms[proposal.EnterpriseId];
            if (firm.Status != EnterpriseStatus.Active || firm.CurrentTier == proposal.To)
            {
                continue;
            }

            var from = firm.CurrentTier;
            var reason = string.Format(CultureInfo.CurrentCulture, Messages.ReviewMoveReason, command.Year, proposal.DecisionReason);
            var kind = proposal.Kind == ProposalKind.Promotion ? TierMoveKind.ReviewPromotion : TierMoveKind.ReviewDemotion;
            db.TierMoves.Add(firm.MoveTier(new TierMoveRequest(proposal.To, command.Year, reason, proposal.To, false, user.Name, kind, review.Id), now));
            audit.Record(firm.Id, new { tier = from?.Name() }, new { tier = proposal.To.Name(), reviewYear = command.Year }, reason);
            applied++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var rejected = await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Rejected, cancellationToken);
        var result = new ReviewSignedOff(command.Year, applied, rejected, approved.Count - applied);
        audit.Record(null, new { year = command.Year, status = ReviewCodes.Status(ReviewStatus.Open) }, result);
        Serilog.Log.Information("Signed off the {Year} review: {Applied} moves applied", command.Year, applied);
        return result;
    }
}
