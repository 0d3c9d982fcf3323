using Jindong.Enterprises.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Keeps another site from changing data through the API with the user's session cookie. The
/// pages have anti-forgery tokens; the API is for scripts (curl, JSON), so an unsafe request is
/// refused when the browser says it comes from elsewhere (Sec-Fetch-Site, Origin), and when its
/// body is of a kind an HTML form can send cross-site without asking (form fields, plain text).
/// The cookie's SameSite=Strict is the first line; this holds where SameSite does not (a sibling
/// subdomain is "same site", and older browsers ignore it).
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next, IProblemDetailsService problems)
{
    private static readonly string[] FormContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!JindongWeb.IsApi(request) || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            await next(context);
            return;
        }

        if (IsCrossOrigin(request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, WebText.CrossSiteRefused);
            return;
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && FormContentTypes.Any(form => type.MediaType.Equals(form, StringComparison.OrdinalIgnoreCase)))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, WebText.ApiJsonOnly);
            return;
        }

        await next(context);
    }

    private static bool IsCrossOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var from)
                && string.Equals(from.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private async Task RefuseAsync(HttpContext context, int status, string title)
    {
        Serilog.Log.Warning("Refused a cross-site or form-encoded API request {Method} {Path}", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = status, Title = title } });
    }
}
