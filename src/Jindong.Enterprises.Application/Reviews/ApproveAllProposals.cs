using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>Approves every still-pending proposal of the year's open review in one statement; decided ones keep their decision.</summary>
[Requires(Permission.RunReviews)]
public sealed record ApproveAllProposals(int Year, string Reason) : ICommand<int>;

internal sealed class ApproveAllProposalsValidator : AbstractValidator<ApproveAllProposals>
{
    public ApproveAllProposalsValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class ApproveAllProposalsHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<ApproveAllProposals, int>
{
    public async Task<int> Handle(ApproveAllProposals command, CancellationToken cancellationToken)
    {
        audit.FromReview(command.Year);
        var review = await db.ReviewOfAsync(command.Year, cancellationToken);
        review.EnsureOpen();
        var reason = command.Reason.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.ReviewProposals.AsNoTracking()
            .Where(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Pending)
            .Join(db.Enterprises, p => p.EnterpriseId, e => e.Id, (p, e) => new { Proposal = p, e.Name })
            .OrderBy(x => x.Proposal.EnterpriseId)
            .ToListAsync(cancellationToken);
        var approved = await db.ReviewProposals
            .Where(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(p => p.Decision, ProposalDecision.Approved)
                    .SetProperty(p => p.DecisionReason, reason)
                    .SetProperty(p => p.DecidedBy, user.Name)
                    .SetProperty(p => p.DecidedAt, now),
                cancellationToken);

        // Each firm's entry as DecideProposal writes it: the set-based update is Decide applied to every pending proposal.
        foreach (var batch in pending.Chunk(AuditTrail.FlushEvery))
        {
            foreach (var x in batch)
            {
                var before = ReviewCodes.View(x.Proposal, x.Name);
                x.Proposal.Decide(true, reason, user.Name, now);
                audit.Record(x.Proposal.EnterpriseId, before, ReviewCodes.View(x.Proposal, x.Name), reason);
            }

            await audit.FlushAsync(cancellationToken);
        }

        audit.Record(null, null, new { year = command.Year, approved }, reason);
        return approved;
    }
}
