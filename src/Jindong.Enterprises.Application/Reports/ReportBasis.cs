using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Reviews;
using FluentValidation;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>What a report for a year counts from.</summary>
public enum ReportBasisKind
{
    /// <summary>The registry as it stands: the year's review is not signed off, so corrections still count.</summary>
    Live,

    /// <summary>The registry as it stood when the year's review was signed off: that record is frozen.</summary>
    SignedOff,

    /// <summary>The registry as it stood at the end of a day the user named (<c>--as-of</c>).</summary>
    AsOf,
}

/// <summary>
/// The point a report for <see cref="Year"/> reads the registry at: each firm as it stood at the end of
/// the year, with what had been recorded by <see cref="RecordedBy"/> (null: everything recorded so far).
/// </summary>
public sealed record ReportBasis(int Year, DateTime ProducedAt, ReportBasisKind Kind, DateTime? RecordedBy, DateOnly? AsOfDay)
{
    /// <summary>The registry as it stands now, firms as they stood at <paramref name="year"/>'s end.</summary>
    public static ReportBasis Live(int year, TimeProvider clock) => new(year, clock.GetUtcNow().UtcDateTime, ReportBasisKind.Live, null, null);

    /// <summary>The last day of the year: firms count as they stood at its end.</summary>
    public DateOnly YearEnd => new(Year, 12, 31);

    /// <summary>The line every report prints under its title: when it was produced and what it counts.</summary>
    public string Describe() => Kind switch
    {
        ReportBasisKind.SignedOff => Format(DisplayText.BasisSignedOff, ShowTime(ProducedAt), Year, ShowTime(RecordedBy!.Value)),
        ReportBasisKind.AsOf => Format(DisplayText.BasisAsOf, ShowTime(ProducedAt), Year, ChinaTime.Show(AsOfDay!.Value)),
        _ => Format(DisplayText.BasisLive, ShowTime(ProducedAt), Year),
    };

    private static string ShowTime(DateTime utc) => Tables.TableCells.Time(utc);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}

internal static class ReportBases
{
    public const string AsOfField = "AsOf";

    /// <summary>
    /// A named day reads the registry as it stood at that day's end; otherwise a year whose review is
    /// signed off reads it as it stood at the sign-off, and any other year as it stands now.
    /// </summary>
    /// <param name="followSignOff">False for what a review does not freeze (designations, announced late): only a named day reprints.</param>
    public static async Task<ReportBasis> BasisAsync(this IApplicationDbContext db, TimeProvider clock, int year, DateOnly? asOf, CancellationToken ct, bool followSignOff = true)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (asOf is { } day)
        {
            var today = ChinaTime.Today(clock);
            if (day > today)
            {
                throw new InputValidationException(AsOfField, string.Format(CultureInfo.CurrentCulture, Messages.AsOfInFuture, ChinaTime.Show(day), ChinaTime.Show(today)));
            }

            return new ReportBasis(year, now, ReportBasisKind.AsOf, ChinaTime.EndOf(day), day);
        }

        if (!followSignOff)
        {
            return ReportBasis.Live(year, clock);
        }

        var signedOffAt = await db.AnnualReviews.AsNoTracking()
            .Where(r => r.Year == year && r.Status == ReviewStatus.SignedOff)
            .Select(r => r.SignedOffAt)
            .FirstOrDefaultAsync(ct);
        return signedOffAt is { } at
            ? new ReportBasis(year, now, ReportBasisKind.SignedOff, at, null)
            : ReportBasis.Live(year, clock);
    }
}

/// <summary>The basis a year's reports are produced on, for the line printed under their titles.</summary>
/// <param name="FollowSignOff">False for the reports a review's sign-off does not freeze (designations).</param>
public sealed record GetReportBasis(int Year, DateOnly? AsOf = null, bool FollowSignOff = true) : IQuery<ReportBasis>;

internal sealed class GetReportBasisValidator : AbstractValidator<GetReportBasis>
{
    public GetReportBasisValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetReportBasisHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<GetReportBasis, ReportBasis>
{
    public Task<ReportBasis> Handle(GetReportBasis query, CancellationToken cancellationToken) => db.BasisAsync(clock, query.Year, query.AsOf, cancellationToken, query.FollowSignOff);
}
