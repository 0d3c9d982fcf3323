using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// Starts the year's annual review: proposes a move for every active firm whose tier implied by
/// the year's output differs from its recorded tier (a firm with figures and an unknown tier is
/// proposed a promotion from unknown). Firms without figures are listed, never moved.
/// One review per year, in year order (<see cref="ReviewCalendar"/>): one open at a time, none for a
/// year that has not ended, none before a year already signed off.
/// </summary>
[Requires(Permission.RunReviews)]
public sealed record StartAnnualReview(int Year) : ICommand<ReviewStarted>;

internal sealed class StartAnnualReviewValidator : AbstractValidator<StartAnnualReview>
{
    public StartAnnualReviewValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class StartAnnualReviewHandler(
    IApplicationDbContext db,
    IReviewStore store,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<StartAnnualReview, ReviewStarted>
{
    public async Task<ReviewStarted> Handle(StartAnnualReview command, CancellationToken cancellationToken)
    {
        audit.FromReview(command.Year);
        // The proposals are read from every firm's figures at once: a correction must land before or after, not between.
        await db.LockEnterprisesAsync(cancellationToken);
        var existing = await db.AnnualReviews.AsNoTracking().SingleOrDefaultAsync(r => r.Year == command.Year, cancellationToken);
        if (existing is not null)
        {
            throw new RuleViolationException(string.Format(CultureInfo.CurrentCulture, Messages.ReviewAlreadyStarted, command.Year, existing.StartedBy));
        }

        var reviews = (await db.AnnualReviews.AsNoTracking().Select(r => new { r.Year, r.Status }).ToListAsync(cancellationToken)).Select(r => (r.Year, r.Status)).ToList();
        ReviewCalendar.EnsureCanStart(command.Year, ChinaTime.CurrentYear(clock), reviews);

        var review = AnnualReview.Start(command.Year, user.Name, clock.GetUtcNow().UtcDateTime);
        db.AnnualReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);

        var proposals = await store.ProposeMovesAsync(review.Id, command.Year, cancellationToken);
        // Counted from indexes rather than with a NOT EXISTS probe per firm (a third of the command's time at 500,000 firms).
        var year = command.Year;
        var active = await db.Enterprises.CountAsync(e => e.Status == EnterpriseStatus.Active, cancellationToken);
        var figures = await db.AnnualFigures.CountAsync(f => f.Year == year, cancellationToken);
        var inactiveWithFigures = await db.Enterprises.CountAsync(
            e => e.Status != EnterpriseStatus.Active && db.AnnualFigures.Any(f => f.EnterpriseId == e.Id && f.Year == year),
            cancellationToken);
        var withoutFigures = active - (figures - inactiveWithFigures);

        var started = new ReviewStarted(command.Year, proposals, withoutFigures);
        audit.Record(null, null, started);
        Serilog.Log.Information("Started the {Year} review: {Proposals} proposals, {WithoutFigures} firms without figures", command.Year, proposals, withoutFigures);
        return started;
    }
}
