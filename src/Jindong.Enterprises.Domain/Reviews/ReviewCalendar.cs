namespace Jindong.Enterprises.Domain.Reviews;

/// <summary>
/// Reviews in year order: one open at a time, none for a year that has not ended, none for a year
/// before one already signed off (it would roll firms back to older tiers), and a reopen only of the
/// latest signed-off review.
/// </summary>
public static class ReviewCalendar
{
    /// <param name="reviews">Every review the registry holds, as (year, status).</param>
    public static void EnsureCanStart(int year, int currentYear, IReadOnlyCollection<(int Year, ReviewStatus Status)> reviews)
    {
        if (year >= currentYear)
        {
            throw new DomainRuleException(DomainRules.ReviewYearNotEnded, year, currentYear);
        }

        if (reviews.FirstOrDefault(r => r.Status == ReviewStatus.Open) is { Year: > 0 } open)
        {
            throw new DomainRuleException(DomainRules.ReviewAlreadyOpen, open.Year);
        }

        if (reviews.Where(r => r.Status == ReviewStatus.SignedOff && r.Year > year).Select(r => r.Year).DefaultIfEmpty().Max() is > 0 and var later)
        {
            throw new DomainRuleException(DomainRules.ReviewAfterLaterSignOff, year, later);
        }
    }

    public static void EnsureCanReopen(int year, IReadOnlyCollection<(int Year, ReviewStatus Status)> reviews)
    {
        if (reviews.FirstOrDefault(r => r.Status == ReviewStatus.Open) is { Year: > 0 } open)
        {
            throw new DomainRuleException(DomainRules.ReviewAlreadyOpen, open.Year);
        }

        var latest = reviews.Where(r => r.Status == ReviewStatus.SignedOff).Select(r => r.Year).DefaultIfEmpty().Max();
        if (latest != year)
        {
            throw new DomainRuleException(DomainRules.ReviewReopenNotLatest, year, latest);
        }
    }
}
