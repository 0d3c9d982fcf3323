using System.Text.Json;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
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
/// A signed-off review is shown exactly as it stood at sign-off (<see cref="AnnualReview.SignedOffView"/>).
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
        var firms = db.Enterprises.AsNoTracking().Visible(user);
        var corrected = review.SignedOffAt is { } signedOff
            ? await firms
                .Where(e => db.AnnualFigures.Any(f => f.EnterpriseId == e.Id && f.Year == review.Year && f.RecordedAt > signedOff))
                .OrderBy(e => e.Id)
                .Select(e => new FirmRef(e.Id, e.Name))
                .ToListAsync(cancellationToken)
            : [];

        if (review.SignedOffView is { } frozen)
        {
            return JsonSerializer.Deserialize<FrozenReview>(frozen, AuditTrail.Json)!.For(user) with { CorrectedAfterSignOff = corrected };
        }

        return await ReviewViews.BuildAsync(db, review, firms, cancellationToken) with { CorrectedAfterSignOff = corrected };
    }
}

/// <summary>What a review shows, built from the registry as it stands (an open review), or kept from sign-off.</summary>
internal static class ReviewViews
{
    public static async Task<ReviewView> BuildAsync(IApplicationDbContext db, AnnualReview review, IQueryable<Enterprise> firms, CancellationToken ct)
    {
        var year = review.Year;
        var proposals = await db.ReviewProposals.AsNoTracking()
            .Where(p => p.ReviewId == review.Id)
            .Join(firms, p => p.EnterpriseId, e => e.Id, (p, e) => new { Proposal = p, e.Name })
            .OrderByDescending(x => x.Proposal.Kind == ProposalKind.Promotion)
            .ThenBy(x => x.Proposal.EnterpriseId)
            .ToListAsync(ct);

        var active = firms.Where(e => e.Status == EnterpriseStatus.Active);
        var withoutFigures = await active
            .Where(e => !db.AnnualFigures.Any(f => f.EnterpriseId == e.Id && f.Year == year))
            .OrderBy(e => e.Id)
            .Select(e => new FirmRef(e.Id, e.Name))
            .ToListAsync(ct);

        var targets = await active
            .Where(e => e.Target != null)
            .Select(e => new { e.Target, Output = db.AnnualFigures.Where(f => f.EnterpriseId == e.Id && f.Year == year).Select(f => (decimal?)f.Values.OutputWan).FirstOrDefault() })
            .ToListAsync(ct);
        var statuses = targets.Select(t => ReviewProposal.TargetStatusOf(t.Target, t.Output is { } o ? TierScale.ImpliedBy(o) : null)).ToList();

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
            []);
    }

    /// <summary>The district-wide view at sign-off, with each listed firm's township then, for scoped readers later.</summary>
    public static async Task<string> FreezeAsync(IApplicationDbContext db, AnnualReview review, CancellationToken ct)
    {
        var firms = db.Enterprises.AsNoTracking();
        var view = await BuildAsync(db, review, firms, ct);
        var listed = view.Proposals.Select(p => p.Firm.Id).Concat(view.WithoutFigures.Select(f => f.Id)).ToHashSet();
        var townships = await firms.Where(e => listed.Contains(e.Id)).Select(e => new { e.Id, e.TownshipId }).ToDictionaryAsync(e => e.Id, e => e.TownshipId, ct);

        // A township's summary is what its officer saw: counted per township now, kept as it was.
        var summaries = new Dictionary<int, TargetSummary>();
        foreach (var township in await db.Townships.AsNoTracking().Select(t => t.Id).ToListAsync(ct))
        {
            summaries[township] = (await BuildAsync(db, review, firms.Where(e => e.TownshipId == township), ct)).Targets;
        }

        return JsonSerializer.Serialize(new FrozenReview(view, townships, summaries), AuditTrail.Json);
    }
}

/// <summary>A review as it stood at sign-off: the district's view, and what each township's officer saw of it.</summary>
internal sealed record FrozenReview(ReviewView View, Dictionary<int, int> TownshipOf, Dictionary<int, TargetSummary> TownshipTargets)
{
    public ReviewView For(ICurrentUser user)
    {
        if (user.ScopedTownship() is not { } township)
        {
            return View;
        }

        bool Ours(FirmRef firm) => TownshipOf.GetValueOrDefault(firm.Id) == township;
        return View with
        {
            Proposals = View.Proposals.Where(p => Ours(p.Firm)).ToList(),
            WithoutFigures = View.WithoutFigures.Where(Ours).ToList(),
            Targets = TownshipTargets.GetValueOrDefault(township) ?? new TargetSummary(0, 0, 0),
        };
    }
}
