namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Headers that keep the pages from being framed, sniffed or loading anything from elsewhere. The
/// app has no inline script or style, so the policy allows none (scripts fall back to default-src).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (JindongWeb.IsApi(context.Request))
            {
                // Firm data and report downloads are for the signed-in user alone: no browser or proxy cache keeps them.
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
