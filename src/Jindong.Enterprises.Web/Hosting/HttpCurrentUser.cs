using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Users;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// The user of the current request, from the session cookie. Without a session it is a
/// township officer of no township: it can see and change nothing.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";

    public AccountRole Role => accessor.HttpContext?.User.RoleOf() ?? AccountRole.Township;

    public int? TownshipId => accessor.HttpContext?.User.TownshipIdOf();
}
