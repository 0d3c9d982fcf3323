using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// Reopens the latest signed-off review (an administrator's correction of a premature sign-off):
/// every move it made is taken back by a move of kind review-reverted, its proposals wait for a new
/// sign-off, and what it showed at sign-off is let go — in one transaction, each firm audited.
/// Refused when a firm it moved has moved again since (reverting would undo that later move).
/// </summary>
[Requires(Permission.Administer)]
public sealed record ReopenReview(int Year, string Reason) : ICommand<ReviewReopened>;

/// <summary>What reopening did: the moves taken back.</summary>
public sealed record ReviewReopened(int Year, int Reverted);

internal sealed class ReopenReviewValidator : AbstractValidator<ReopenReview>
{
    public ReopenReviewValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class ReopenReviewHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<ReopenReview, ReviewReopened>
{
    public async Task<ReviewReopened> Handle(ReopenReview command, CancellationToken cancellationToken)
    {
        audit.FromReview(command.Year);
        await db.LockEnterprisesAsync(cancellationToken);
        var review = await db.ReviewOfAsync(command.Year, cancellationToken);
        var reviews = (await db.AnnualReviews.AsNoTracking().Select(r => new { r.Year, r.Status }).ToListAsync(cancellationToken)).Select(r => (r.Year, r.Status)).ToList();
        ReviewCalendar.EnsureCanReopen(command.Year, reviews);

        // The moves of the sign-off — the review's since its last reopen — each of which must still be its firm's latest move.
        var lastReverted = await db.TierMoves.Where(m => m.ReviewId == review.Id && m.Kind == TierMoveKind.ReviewReverted).MaxAsync(m => (int?)m.Id, cancellationToken) ?? 0;
        var moves = await db.TierMoves.Where(m => m.ReviewId == review.Id && m.Id > lastReverted && m.Kind != TierMoveKind.ReviewReverted).ToListAsync(cancellationToken);
        var firmIds = moves.Select(m => m.EnterpriseId).ToList();
        var latest = await db.TierMoves.Where(m => firmIds.Contains(m.EnterpriseId))
            .GroupBy(m => m.EnterpriseId).Select(g => new { Firm = g.Key, Id = g.Max(m => m.Id) })
            .ToDictionaryAsync(x => x.Firm, x => x.Id, cancellationToken);
        var stale = moves.Where(m => latest[m.EnterpriseId] != m.Id).ToList();
        var current = moves.Except(stale).ToList();
        if (stale.Count > 0)
        {
            throw new DomainRuleException(DomainRules.ReviewReopenFirmsMovedSince, command.Year, stale.Count);
        }

        var reason = string.Format(CultureInfo.CurrentCulture, Messages.ReviewReopenReason, command.Year, command.Reason.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var firms = await db.Enterprises.Where(e => firmIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var before = await db.ViewsAsync(firmIds, cancellationToken);
        foreach (var move in current)
        {
            firms[move.EnterpriseId].Revert(move, reason, user.Name, now);
        }

        foreach (var proposal in await db.ReviewProposals.Where(p => p.ReviewId == review.Id).ToListAsync(cancellationToken))
        {
            proposal.Reopen();
        }

        review.Reopen();
        await db.SaveChangesAsync(cancellationToken);
        var after = await db.ViewsAsync(firmIds, cancellationToken);
        foreach (var id in firmIds)
        {
            audit.Record(id, before[id], after[id], reason);
        }

        audit.Record(null, new { year = command.Year, status = Codes.Of(ReviewStatus.SignedOff) }, new { year = command.Year, status = Codes.Of(review.Status), reverted = current.Count }, reason);
        Serilog.Log.Information("Reopened the {Year} review: {Reverted} moves taken back", command.Year, current.Count);
        return new ReviewReopened(command.Year, current.Count);
    }
}
