using Microsoft.AspNetCore.Http.Features;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Gives the import upload its own body limit (<see cref="UploadOptions.MaxBytes"/>, above Kestrel's
/// default for every other request) and answers a larger upload 413 before any of it is read — the
/// status page then names the limit. Left to the form reader, the overflow would surface as an
/// anti-forgery failure (400) instead.
/// </summary>
internal sealed class UploadSizeLimit(RequestDelegate next, UploadOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments("/Import", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (context.Request.ContentLength > options.MaxBytes)
        {
            Serilog.Log.Warning("Refused an upload of {Bytes} bytes, over the limit of {Limit}", context.Request.ContentLength, options.MaxBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxBytes;
        }

        return next(context);
    }
}
