using Jindong.Enterprises.Domain.Users;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// The year's review: its proposals, the active firms without figures for the year, how the firms
/// with targets stand, and (once signed off) the firms whose figures were corrected afterwards.
/// A township officer sees their own township's firms.
/// </summary>
public sealed record GetReview(int Year) : IQuery<ReviewView>;

internal sealed class GetReviewValidator : AbstractValidator<GetReview>
{
    public GetReviewValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetReviewHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetReview, ReviewView>
{
    public async Task<ReviewView> Handle(GetReview query, CancellationToken cancellationToken)
    {
        var review = await db.ReviewOfAsync(query.Year, cancellationToken);
        var year = query.Year;
        var firms = db.Enterprises.AsNoTracking().Visible(user);

        var proposals = await db.ReviewProposals.AsNoTracking()
            .Where(p => p.ReviewId == review.Id)
            .Join(firms, p => p.EnterpriseId, e => e.Id, (p, e) => new { Proposal = p, e.Name })
            .OrderByDescending(x => x.Proposal.Kind == ProposalKind.Promotion)
            .ThenBy(x => x.Proposal.EnterpriseId)
            .ToListAsync(cancellationToken);

        var active = firms.Where(e => e.Status == EnterpriseStatus.Active);
        var withoutFigures = await active
            .Where(e => !db.AnnualFigures.Any(f => f.EnterpriseId == e.Id && f.Year == year))
            .OrderBy(e => e.Id)
            .Select(e => new FirmRef(e.Id, e.Name))
            .ToListAsync(cancellationToken);

        var targets = await active
            .Where(e => e.Target != null)
            .Select(e => new { e.Target, Output = db.AnnualFigures.Where(f => f.EnterpriseId == e.Id && f.Year == year).Select(f => (decimal?)f.Values.OutputWan).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var statuses = targets.Select(t => ReviewProposal.TargetStatusOf(t.Target, t.Output is { } o ? TierScale.ImpliedBy(o) : null)).ToList();

        var corrected = review.SignedOffAt is { } signedOff
            ? await firms
                .Where(e => db.AnnualFigures.Any(f => f.EnterpriseId == e.Id && f.Year == year && f.RecordedAt > signedOff))
                .OrderBy(e => e.Id)
                .Select(e => new FirmRef(e.Id, e.Name))
                .ToListAsync(cancellationToken)
            : [];

        return new ReviewView(
            review.Year,
            Codes.Of(review.Status),
            review.StartedBy,
            review.StartedAt,
            review.SignedOffBy,
            review.SignedOffAt,
            proposals.Select(x => ReviewCodes.View(x.Proposal, x.Name)).ToList(),
            withoutFigures,
            new TargetSummary(
                statuses.Count(s => s == TargetStatus.Reached),
                statuses.Count(s => s == TargetStatus.Behind),
                statuses.Count(s => s == TargetStatus.NoFigures)),
            corrected);
    }
}
