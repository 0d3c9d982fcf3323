using System.Globalization;
using System.Security.Claims;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Domain.Users;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>What the session cookie carries about the signed-in user, and how to read it back.</summary>
public static class Claims
{
    public const string TownshipId = "jindong:township-id";
    public const string Township = "jindong:township";
    public const string UserId = "jindong:user-id";

    /// <summary>The account's security stamp when the session was issued; the session ends when the account's changes.</summary>
    public const string SecurityStamp = "jindong:stamp";

    public static ClaimsPrincipal Principal(SignedInUser user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, UserRoles.Code(user.Role)),
            new(UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(SecurityStamp, user.SecurityStamp),
        };
        if (user.TownshipId is { } id)
        {
            claims.Add(new Claim(TownshipId, id.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new Claim(Township, user.Township ?? string.Empty));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static AccountRole? RoleOf(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && UserRoles.TryParse(principal.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static int? TownshipIdOf(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(TownshipId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Whether the signed-in user has a permission: the Application's <see cref="AccessPolicy"/>, asked by pages to show only allowed actions.</summary>
    public static bool May(this ClaimsPrincipal principal, Permission permission) =>
        principal.RoleOf() is { } role && new SessionUser(principal.Identity!.Name ?? string.Empty, role, principal.TownshipIdOf()).Has(permission);

    public static int? UserIdOf(this ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(UserId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private sealed record SessionUser(string Name, AccountRole Role, int? TownshipId) : ICurrentUser;
}
