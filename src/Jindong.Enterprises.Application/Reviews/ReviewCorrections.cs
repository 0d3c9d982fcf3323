using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// Keeps an open review in step with the figures: when a firm's figures for the review's year are
/// recorded or corrected, its proposal is recomputed, flagged as changed and sent back to pending
/// (or withdrawn when the new figures imply its recorded tier). A signed-off review is never
/// touched: the correction stands, and <see cref="GetReview"/> lists the firm as corrected after sign-off.
/// </summary>
internal static class ReviewCorrections
{
    /// <summary>
    /// After a change to a firm other than its figures — a manual tier move, a target, a township, a
    /// move-out — while a review is open: its proposal is recomputed and flagged for the panel.
    /// </summary>
    public static async Task FlagOpenProposalAsync(this IApplicationDbContext db, Enterprise enterprise, AuditTrail audit, CancellationToken ct)
    {
        var year = await db.AnnualReviews.Where(r => r.Status == ReviewStatus.Open).Select(r => (int?)r.Year).SingleOrDefaultAsync(ct);
        if (year is { } open)
        {
            await db.RecomputeProposalAsync(enterprise, open, audit, ct, flag: true);
        }
    }

    public static async Task RecomputeProposalAsync(this IApplicationDbContext db, Enterprise enterprise, int year, AuditTrail audit, CancellationToken ct, bool flag = false)
    {
        var reviewId = await db.AnnualReviews
            .Where(r => r.Year == year && r.Status == ReviewStatus.Open)
            .Select(r => (int?)r.Id)
            .SingleOrDefaultAsync(ct);
        var output = await db.AnnualFigures.Where(f => f.EnterpriseId == enterprise.Id && f.Year == year).Select(f => (decimal?)f.Values.OutputWan).SingleOrDefaultAsync(ct);
        if (reviewId is null || output is null)
        {
            return;
        }

        var proposal = await db.ReviewProposals.SingleOrDefaultAsync(p => p.ReviewId == reviewId && p.EnterpriseId == enterprise.Id, ct);
        var before = proposal is null ? null : ReviewCodes.View(proposal, enterprise.Name);
        if (enterprise.Status != EnterpriseStatus.Active)
        {
            // A firm that left the list is moved by no sign-off: the panel decides its proposal again.
            if (proposal is null)
            {
                return;
            }

            proposal.Flag(decideAgain: true);
        }
        else if (!Recompute(db, enterprise, reviewId.Value, output.Value, ref proposal, flag))
        {
            return;
        }

        await db.SaveChangesAsync(ct);
        audit.Record(enterprise.Id, before, proposal is null ? null : ReviewCodes.View(proposal, enterprise.Name), Messages.ProposalRecomputed);
    }

    /// <summary>The proposal the firm's tier, target and output now call for; false when nothing changes.</summary>
    private static bool Recompute(IApplicationDbContext db, Enterprise enterprise, int reviewId, decimal output, ref ReviewProposal? proposal, bool flag)
    {
        var implied = TierScale.ImpliedBy(output);
        if (implied == enterprise.CurrentTier)
        {
            if (proposal is null)
            {
                return false;
            }

            db.ReviewProposals.Remove(proposal);
            proposal = null;
            return true;
        }

        if (proposal is null)
        {
            proposal = ReviewProposal.Late(reviewId, enterprise.Id, enterprise.CurrentTier, implied, output, enterprise.Target);
            db.ReviewProposals.Add(proposal);
            return true;
        }

        var unchanged = proposal.OutputWan == output && proposal.From == enterprise.CurrentTier
            && proposal.TargetStatus == ReviewProposal.TargetStatusOf(enterprise.Target, implied);
        if (unchanged)
        {
            if (!flag || proposal.Changed)
            {
                return false;
            }

            proposal.Flag(decideAgain: false);
            return true;
        }

        proposal.Recompute(enterprise.CurrentTier, implied, output, enterprise.Target);
        return true;
    }
}
