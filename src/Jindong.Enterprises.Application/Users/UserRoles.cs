using Jindong.Enterprises.Domain.Users;

namespace Jindong.Enterprises.Application.Users;

/// <summary>The stable codes of the roles (admin, township, reviewer, viewer) used by the CLI, the API and the cookie.</summary>
public static class UserRoles
{
    public static readonly IReadOnlyList<string> Codes = ["admin", "township", "reviewer", "viewer"];

    public static string Code(AccountRole role) => Codes[(int)role];

    public static bool TryParse(string? code, out AccountRole role)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i], code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = (AccountRole)i;
                return true;
            }
        }

        role = default;
        return false;
    }
}
