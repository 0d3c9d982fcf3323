using System.Globalization;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Import;

/// <summary>
/// Imports a year's figures: the upload is first a dry run whose preview (counts, or every bad
/// cell by row and column) the user confirms. The server keeps the upload with what was
/// previewed — year, file name, whether to register unknown firms, who — so the confirmation
/// sends only its token and imports exactly what was shown. The role is checked before anything
/// is saved, and the upload is deleted on every outcome (<see cref="ImportUploads"/>).
/// </summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock, ImportUploads uploads, ICurrentUser user) : JindongPageModel(mediator)
{
    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public bool RegisterUnknown { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Names the previewed upload kept on the server until it is confirmed.</summary>
    [BindProperty]
    public string? Token { get; set; }

    /// <summary>The previewed file's name, as the server recorded it.</summary>
    public string? FileName { get; private set; }

    public ImportOutcome? Preview { get; private set; }

    public ImportOutcome? Imported { get; private set; }

    /// <summary>The bad cells of a refused file: "第 N 行 列" → messages.</summary>
    public IReadOnlyDictionary<string, string[]> RowErrors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>An import's refusal names file rows and columns ("第3行 工业总产值"): keep them as they are.</summary>
    protected override string KeyOf(string field) => field;

    public void OnGet()
    {
        Year ??= clock.GetLocalNow().Year - 1;
        uploads.PurgeStale();
    }

    public Task<IActionResult> OnPostPreviewAsync() => SendAsync(async () =>
    {
        if (!user.Has(Permission.ChangeFirms))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), WebText.ImportChooseFile);
            return Page();
        }

        var preview = new ImportPreview(ImportFileName.Clean(Upload.FileName), Year ?? 0, RegisterUnknown, user.Name, clock.GetUtcNow());
        FileName = preview.FileName;
        await using (var content = Upload.OpenReadStream())
        {
            Token = await uploads.SaveAsync(content, preview, HttpContext.RequestAborted);
        }

        try
        {
            Preview = await RunAsync(Token, preview, dryRun: true);
        }
        catch
        {
            Discard();
            throw;
        }

        if (Preview.ChangesNothing)
        {
            Discard();
        }

        return Page();
    }, ShowRefusalAsync);

    public Task<IActionResult> OnPostConfirmAsync() => SendAsync(async () =>
    {
        if (!user.Has(Permission.ChangeFirms))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (uploads.Find(Token, user.Name) is not { } preview)
        {
            Token = null;
            ModelState.AddModelError(string.Empty, WebText.ImportExpired);
            return Page();
        }

        (FileName, Year, RegisterUnknown) = (preview.FileName, preview.Year, preview.RegisterUnknown);
        try
        {
            Imported = await RunAsync(Token!, preview, dryRun: false);
        }
        finally
        {
            Discard();
        }

        TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.ImportDone, Imported.Year, Imported.Added, Imported.Corrected, Imported.Unchanged);
        return Page();
    }, ShowRefusalAsync);

    private async Task<ImportOutcome> RunAsync(string token, ImportPreview preview, bool dryRun)
    {
        await using var content = uploads.Open(token);
        return await Mediator.Send(new ImportAnnualFigures(preview.FileName, preview.Year, dryRun, RegisterUnknown: preview.RegisterUnknown) { Content = content });
    }

    private void Discard()
    {
        uploads.Delete(Token);
        Token = null;
    }

    /// <summary>A refused file was not kept: the user fixes it and uploads again.</summary>
    private Task<IActionResult> ShowRefusalAsync()
    {
        RowErrors = ModelState.Where(e => e.Value!.Errors.Count > 0 && e.Key.Length > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray(), StringComparer.Ordinal);
        return Task.FromResult<IActionResult>(Page());
    }
}
