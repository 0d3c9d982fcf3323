using Jindong.Enterprises.Application.Common.Exceptions;

namespace Jindong.Enterprises.Application.Common.Security;

/// <summary>The one place that decides whether a user may see or change a township's firms.</summary>
public static class EnterpriseAccess
{
    public static bool CanSee(this ICurrentUser user, int townshipId) =>
        user.Role != UserRole.Township || user.TownshipId == townshipId;

    public static void EnsureCanChange(this ICurrentUser user, int townshipId)
    {
        if (user.Role is UserRole.Viewer or UserRole.Reviewer || !user.CanSee(townshipId))
        {
            throw new ForbiddenException();
        }
    }
}
