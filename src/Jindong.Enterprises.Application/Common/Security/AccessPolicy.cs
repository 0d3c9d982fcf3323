using Jindong.Enterprises.Domain.Users;

namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>
/// The one table of who may do what. The authorization behavior enforces it on every request; pages
/// and views ask the same predicates, so an action is shown only where its command would be allowed.
/// </summary>
public static class AccessPolicy
{
    public static bool Has(this ICurrentUser user, Permission permission) => permission switch
    {
        Permission.Read => true,
        Permission.ChangeFirms => user.Role is AccountRole.Admin or AccountRole.Township,
        Permission.RunReviews => user.Role is AccountRole.Admin or AccountRole.Reviewer,
        Permission.Administer => user.Role is AccountRole.Admin,
        _ => false,
    };

    /// <summary>Whether the user sees the firms of a township: township officers only their own.</summary>
    public static bool CanSee(this ICurrentUser user, int townshipId) => user.ScopedTownship() is not { } own || own == townshipId;

    /// <summary>Whether the user may change the firms of a township.</summary>
    public static bool CanChange(this ICurrentUser user, int townshipId) => user.Has(Permission.ChangeFirms) && user.CanSee(townshipId);

    /// <summary>For a change whose township is only known inside the handler (a firm moved to another township).</summary>
    public static void EnsureCanChange(this ICurrentUser user, int townshipId)
    {
        if (!user.CanChange(townshipId))
        {
            throw new Exceptions.ForbiddenException();
        }
    }
}
