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
    public static async Task RecomputeProposalAsync(this IApplicationDbContext db, Enterprise enterprise, int year, AuditTrail audit, CancellationToken ct)
    {
        var reviewId = await db.AnnualReviews
            .Where(r => r.Year == year && r.Status == ReviewStatus.Open)
            .Select(r => (int?)r.Id)
            .SingleOrDefaultAsync(ct);
        if (reviewId is null || enterprise.Status != EnterpriseStatus.Active)
        {
            return;
        }

        var output = await db.AnnualFigures.Where(f => f.EnterpriseId == enterprise.Id && f.Year == year).Select(f => f.Values.OutputWan).SingleAsync(ct);
        var implied = TierScale.ImpliedBy(output);
        var proposal = await db.ReviewProposals.SingleOrDefaultAsync(p => p.ReviewId == reviewId && p.EnterpriseId == enterprise.Id, ct);
        var before = proposal is null ? null : ReviewCodes.View(proposal, enterprise.Name);

        if (implied == enterprise.CurrentTier)
        {
            if (proposal is null)
            {
                return;
            }

            db.ReviewProposals.Remove(proposal);
            proposal = null;
        }
        else if (proposal is null)
        {
            proposal = ReviewProposal.Late(reviewId.Value, enterprise.Id, enterprise.CurrentTier, implied, output, enterprise.Target);
            db.ReviewProposals.Add(proposal);
        }
        else if (proposal.OutputWan == output && proposal.From == enterprise.CurrentTier)
        {
            return;
        }
        else
        {
            proposal.Recompute(enterprise.CurrentTier, implied, output, enterprise.Target);
        }

        await db.SaveChangesAsync(ct);
        audit.Record(enterprise.Id, before, proposal is null ? null : ReviewCodes.View(proposal, enterprise.Name), Messages.ProposalRecomputed);
    }
}
