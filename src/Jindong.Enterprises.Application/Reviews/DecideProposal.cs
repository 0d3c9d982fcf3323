using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>Approves or rejects one firm's proposal in the year's open review; a later decision replaces an earlier one.</summary>
[Requires(Permission.RunReviews)]
public sealed record DecideProposal(int Year, int EnterpriseId, bool Approve, string Reason) : ICommand<ProposalView>;

internal sealed class DecideProposalValidator : AbstractValidator<DecideProposal>
{
    public DecideProposalValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class DecideProposalHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<DecideProposal, ProposalView>
{
    public async Task<ProposalView> Handle(DecideProposal command, CancellationToken cancellationToken)
    {
        audit.FromReview(command.Year);
        var review = await db.ReviewOfAsync(command.Year, cancellationToken);
        review.EnsureOpen();
        var found = await db.ReviewProposals
            .Where(p => p.ReviewId == review.Id && p.EnterpriseId == command.EnterpriseId)
            .Join(db.Enterprises, p => p.EnterpriseId, e => e.Id, (p, e) => new { Proposal = p, e.Name })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.ProposalNotFound, command.Year, command.EnterpriseId));

        var before = ReviewCodes.View(found.Proposal, found.Name);
        found.Proposal.Decide(command.Approve, command.Reason.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        var after = ReviewCodes.View(found.Proposal, found.Name);
        audit.Record(command.EnterpriseId, before, after, command.Reason.Trim());
        return after;
    }
}
