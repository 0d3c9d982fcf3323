using Microsoft.AspNetCore.Localization;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>GET /culture?lang=en|zh-CN&amp;returnUrl=… remembers the language in a cookie.</summary>
internal static class CultureEndpoints
{
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string? lang, string? returnUrl, HttpContext context) =>
        {
            var culture = string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, IsEssential = true });
            return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();

    /// <summary>
    /// A path of this site, as ASP.NET's own local-redirect check reads one: "/…" but not "//…" or "/\…"
    /// (which browsers follow to another host) and no control characters. Anything else goes home.
    /// </summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Any(char.IsControl);
}
