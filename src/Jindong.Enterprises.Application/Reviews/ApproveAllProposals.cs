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
        user.EnsureCanReview();
        var review = await db.ReviewOfAsync(command.Year, cancellationToken);
        review.EnsureOpen();
        var reason = command.Reason.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var approved = await db.ReviewProposals
            .Where(p => p.ReviewId == review.Id && p.Decision == ProposalDecision.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(p => p.Decision, ProposalDecision.Approved)
                    .SetProperty(p => p.DecisionReason, reason)
                    .SetProperty(p => p.DecidedBy, user.Name)
                    .SetProperty(p => p.DecidedAt, now),
                cancellationToken);

        audit.Record(null, null, new { year = command.Year, approved }, reason);
        return approved;
    }
}
