using Jindong.Enterprises.Domain.Users;
using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>The one rule for which firms a query shows: a township officer sees their township's, everyone else all.</summary>
public static class TownshipScope
{
    /// <summary>The township a user's reads are limited to; null when they see the whole district.</summary>
    public static int? ScopedTownship(this ICurrentUser user) => user.Role == AccountRole.Township ? user.TownshipId : null;

    public static IQueryable<Enterprise> Visible(this IQueryable<Enterprise> firms, ICurrentUser user)
    {
        var township = user.ScopedTownship();
        return township is null ? firms : firms.Where(e => e.TownshipId == township);
    }

    /// <summary>Refuses a firm the user may not see exactly as an unknown one: not found.</summary>
    public static async Task EnsureVisibleAsync(this IApplicationDbContext db, ICurrentUser user, int enterpriseId, CancellationToken ct)
    {
        var township = await db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => (int?)e.TownshipId).SingleOrDefaultAsync(ct);
        if (township is null || !user.CanSee(township.Value))
        {
            throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.EnterpriseNotFound, enterpriseId));
        }
    }
}
