using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// Signs the year's review off: applies every approved proposal as a review promotion or
/// demotion linked to the review (set-based, see <see cref="IReviewStore.ApplyApprovedMovesAsync"/>),
/// and closes it. Undecided proposals block sign-off. A firm that has left the list, or already
/// sits at the proposed tier, is skipped.
/// </summary>
[Requires(Permission.RunReviews)]
public sealed record SignOffReview(int Year) : ICommand<ReviewSignedOff>;

internal sealed class SignOffReviewValidator : AbstractValidator<SignOffReview>
{
    public SignOffReviewValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class SignOffReviewHandler(
    IApplicationDbContext db,
    IReviewStore store,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<SignOffReview, ReviewSignedOff>
{
    /// <summary>Stands for the reviewer's reason while the localized move reason is split around it.</summary>
    private const string ReasonMark = "\u0001";

    public async Task<ReviewSignedOff> Handle(SignOffReview command, CancellationToken cancellationToken)
    {
        audit.FromReview(command.Year);
        var now = clock.GetUtcNow().UtcDateTime;
        // A correction in flight either reopens its proposal before the pending count below, or waits and finds the review signed off.
        await db.LockEnterprisesAsync(cancellationToken);
        var review = await db.ReviewOfAsync(command.Year, cancellationToken);
        var undecided = await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Pending, cancellationToken);
        review.SignOff(undecided, user.Name, now);

        var approved = await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Approved, cancellationToken);
        var reason = string.Format(CultureInfo.CurrentCulture, Messages.ReviewMoveReason, command.Year, ReasonMark).Split(ReasonMark);
        await db.SaveChangesAsync(cancellationToken);
        var moves = await store.ApplyApprovedMovesAsync(new ReviewMoveBatch(review.Id, command.Year, user.Name, now, reason[0], reason[^1]), cancellationToken);
        await AuditMovesAsync(moves, cancellationToken);
        review.Freeze(await ReviewViews.FreezeAsync(db, review, cancellationToken));
        var applied = moves.Count;
        var rejected = await db.ReviewProposals.CountAsync(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Rejected, cancellationToken);
        var result = new ReviewSignedOff(command.Year, applied, rejected, approved - applied);
        audit.Record(null, new { year = command.Year, status = Codes.Of(ReviewStatus.Open) }, new { year = command.Year, status = Codes.Of(review.Status), applied, rejected, skipped = result.Skipped });
        Serilog.Log.Information("Signed off the {Year} review: {Applied} moves applied", command.Year, applied);
        return result;
    }

    /// <summary>One entry per firm moved, as <see cref="Tiers.MoveTier"/> writes it: the firm before and after, with the move's reason.</summary>
    private async Task AuditMovesAsync(IReadOnlyList<AppliedMove> moves, CancellationToken ct)
    {
        foreach (var batch in moves.Chunk(AuditTrail.FlushEvery))
        {
            var views = await db.ViewsAsync(batch.Select(m => m.EnterpriseId).ToList(), ct);
            foreach (var move in batch)
            {
                var after = views[move.EnterpriseId];
                audit.Record(move.EnterpriseId, after with { Tier = move.From?.Name(), Version = after.Version - 1 }, after, move.Reason);
            }

            await audit.FlushAsync(ct);
        }
    }
}
