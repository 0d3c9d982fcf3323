using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>Who may run a review, and how the review commands find the year's review.</summary>
internal static class ReviewAccess
{
    /// <summary>The review panel and bureau staff run reviews; township officers and viewers only read them.</summary>
    public static void EnsureCanReview(this ICurrentUser user)
    {
        if (user.Role is not (UserRole.Admin or UserRole.Reviewer))
        {
            throw new ForbiddenException();
        }
    }

    public static async Task<AnnualReview> ReviewOfAsync(this IApplicationDbContext db, int year, CancellationToken ct) =>
        await db.AnnualReviews.SingleOrDefaultAsync(r => r.Year == year, ct)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.ReviewNotFound, year));
}
