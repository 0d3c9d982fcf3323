using Jindong.Enterprises.Application.Common.Exceptions;

namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>The one place that decides whether a user may see or change a township's firms.</summary>
public static class EnterpriseAccess
{
    public static bool CanSee(this ICurrentUser user, int townshipId) =>
        user.Role != UserRole.Township || user.TownshipId == townshipId;

    /// <summary>Bureau staff and township officers change firms (each officer only their township's); reviewers and viewers read.</summary>
    public static bool CanChangeFirms(this ICurrentUser user) => user.Role is UserRole.Admin or UserRole.Township;

    public static void EnsureCanChange(this ICurrentUser user, int townshipId)
    {
        if (!user.CanChangeFirms() || !user.CanSee(townshipId))
        {
            throw new ForbiddenException();
        }
    }
}
