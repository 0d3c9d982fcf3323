using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reviews;

/// <summary>How the review commands find the year's review.</summary>
internal static class ReviewAccess
{
    public static async Task<AnnualReview> ReviewOfAsync(this IApplicationDbContext db, int year, CancellationToken ct) =>
        await db.AnnualReviews.SingleOrDefaultAsync(r => r.Year == year, ct)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.ReviewNotFound, year));
}
