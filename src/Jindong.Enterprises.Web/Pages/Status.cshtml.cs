using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jindong.Enterprises.Web.Pages;

/// <summary>What a person sees for 403, 404, 500, 503 and the like, with the status code kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(UploadOptions uploads) : PageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public IActionResult OnGet([FromQuery] int? code) => Show(code);

    /// <summary>A re-executed POST: the code comes from the query; the failed request's body is never read again.</summary>
    public IActionResult OnPost([FromQuery] int? code) => Show(code);

    private PageResult Show(int? code)
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Code = code ?? (feature?.Error is { } failure
            ? ProblemDetailsExceptionHandler.ProblemFor(failure)?.Status ?? StatusCodes.Status500InternalServerError
            : StatusCodes.Status404NotFound);
        if (Code < 400)
        {
            Code = StatusCodes.Status404NotFound;
        }

        // A storage problem's message says what the administrator must fix, unlike an unexpected error's;
        // the only body too large for the app is an upload, told in the user's words with its limit.
        Message = Code == StatusCodes.Status413PayloadTooLarge
            ? string.Format(CultureInfo.CurrentCulture, WebText.UploadTooLarge, uploads.MaxBytes / (1024 * 1024))
            : feature?.Error is { } error && (Code is >= 400 and < 500 || error is StorageException) ? error.Message : Code switch
        {
            StatusCodes.Status400BadRequest => WebText.Status400,
            StatusCodes.Status403Forbidden => WebText.Status403,
            StatusCodes.Status404NotFound => WebText.Status404,
            StatusCodes.Status409Conflict => WebText.Status409,
            _ => WebText.Status500,
        };
        Response.StatusCode = Code;
        return Page();
    }
}
