using System.Globalization;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jindong.Enterprises.Web.Pages.Import;

/// <summary>
/// Imports a year's figures: the upload is first a dry run whose preview (counts, or every bad
/// cell by row and column) the user confirms. The server keeps the upload with what was
/// previewed — year, file name, whether to register unknown firms, who — so the confirmation
/// sends only its token and imports exactly what was shown. The role is checked before anything
/// is saved, and the upload is deleted on every outcome (<see cref="ImportUploads"/>).
/// </summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock, ImportUploads uploads, ICurrentUser user, ITableWriter writer) : JindongPageModel(mediator)
{
    /// <summary>Bad cells listed on the page; the error report holds them all.</summary>
    internal const int ErrorsOnPage = 500;

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

    /// <summary>The first bad cells of a refused file, in row order, each once.</summary>
    public IReadOnlyList<ImportRowError> RowErrors { get; private set; } = [];

    /// <summary>How many bad cells the refused file has in all.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Names the refused upload's error report, kept for this user to download.</summary>
    public string? ErrorReportToken { get; private set; }

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
        catch (ImportRefusedException refused)
        {
            return Refused(refused, preview.FileName);
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
        catch (ImportRefusedException refused)
        {
            // The registry changed since the preview (a code or a name taken meanwhile).
            return Refused(refused, preview.FileName);
        }
        catch
        {
            Discard();
            throw;
        }

        Discard();

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

    /// <summary>The refused file's report, for the user who uploaded it, until the preview lifetime ends.</summary>
    public IActionResult OnGetErrors(string? token) => uploads.OpenErrorReport(token, user.Name) is { } report
        ? File(report, TabularFormat.Xlsx.ContentType(), WebText.ImportErrorsFileName)
        : NotFound();

    /// <summary>
    /// A refused file is not kept, its error report is: the page lists the first bad cells once, in
    /// row order (not again in the error summary), and links the whole report.
    /// </summary>
    private PageResult Refused(ImportRefusedException refused, string fileName)
    {
        ErrorCount = refused.Rows.Count + refused.NotListed;
        RowErrors = refused.Rows.Take(ErrorsOnPage).ToList();
        uploads.ReplaceWithErrorReport(Token!, file => writer.Write(
            file, TabularFormat.Xlsx, ImportErrorReport.Headers, ImportErrorReport.Rows(refused.Rows), ImportErrorReport.Layout(fileName)));
        (ErrorReportToken, Token) = (Token, null);
        return Page();
    }

    /// <summary>Any other refusal (an unreadable file, a missing year) is shown by the error summary.</summary>
    private Task<IActionResult> ShowRefusalAsync() => Task.FromResult<IActionResult>(Page());
}
