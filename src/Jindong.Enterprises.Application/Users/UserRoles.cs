using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Users;

namespace Jindong.Enterprises.Application.Users;

/// <summary>The stable codes of the roles (admin, township, reviewer, viewer) used by the CLI, the API and the cookie.</summary>
public static class UserRoles
{
    public static readonly IReadOnlyList<string> Codes = ["admin", "township", "reviewer", "viewer"];

    public static string Code(UserRole role) => Codes[(int)role];

    public static bool TryParse(string? code, out UserRole role)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i], code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = (UserRole)i;
                return true;
            }
        }

        role = default;
        return false;
    }

    internal static AccountRole ToAccountRole(this UserRole role) => role switch
    {
        UserRole.Admin => AccountRole.Admin,
        UserRole.Township => AccountRole.Township,
        UserRole.Reviewer => AccountRole.Reviewer,
        _ => AccountRole.Viewer,
    };

    internal static UserRole ToUserRole(this AccountRole role) => role switch
    {
        AccountRole.Admin => UserRole.Admin,
        AccountRole.Township => UserRole.Township,
        AccountRole.Reviewer => UserRole.Reviewer,
        _ => UserRole.Viewer,
    };
}
