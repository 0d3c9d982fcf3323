using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>
/// The day a change of a firm's status, township, segment or target takes effect: the day given, or
/// today (China time). A day that has not come is refused, and so is a day in a year whose review is
/// signed off — that year's record is frozen, and only a reopen may change it.
/// </summary>
internal static class EffectiveDates
{
    public const string Field = "EffectiveOn";

    public static async Task<DateOnly> ResolveAsync(this IApplicationDbContext db, TimeProvider clock, DateOnly? given, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        if (given is not { } day)
        {
            return today;
        }

        if (day > today)
        {
            throw new InputValidationException(Field, Format(Messages.EffectiveInFuture, ChinaTime.Show(day), ChinaTime.Show(today)));
        }

        var signedOff = await db.AnnualReviews.AsNoTracking()
            .Where(r => r.Status == ReviewStatus.SignedOff && r.Year >= day.Year)
            .MaxAsync(r => (int?)r.Year, ct);
        if (signedOff is { } year)
        {
            throw new InputValidationException(Field, Format(Messages.EffectiveInSignedOffYear, ChinaTime.Show(day), year, ChinaTime.Show(new DateOnly(year + 1, 1, 1))));
        }

        return day;
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
