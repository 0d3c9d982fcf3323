using System.Globalization;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Import;

/// <summary>
/// Imports a year's figures: the upload is first a dry run whose preview (counts, or every bad
/// cell by row and column) the user confirms; the confirmed import reads the same uploaded file.
/// </summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    private static readonly string UploadDirectory = Path.Combine(Path.GetTempPath(), "jindong-uploads");

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public bool RegisterUnknown { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Names the previewed upload kept on the server until it is confirmed.</summary>
    [BindProperty]
    public string? Token { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public ImportOutcome? Preview { get; private set; }

    public ImportOutcome? Imported { get; private set; }

    /// <summary>The bad cells of a refused file: "第 N 行 列" → messages.</summary>
    public IReadOnlyDictionary<string, string[]> RowErrors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>An import's refusal names file rows and columns ("第3行 工业总产值"): keep them as they are.</summary>
    protected override string KeyOf(string field) => field;

    public void OnGet() => Year ??= clock.GetLocalNow().Year - 1;

    public Task<IActionResult> OnPostPreviewAsync() => SendAsync(async () =>
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), WebText.ImportChooseFile);
            return Page();
        }

        Directory.CreateDirectory(UploadDirectory);
        Token = Guid.NewGuid().ToString("N");
        FileName = Path.GetFileName(Upload.FileName);
        await using (var saved = System.IO.File.Create(PathOf(Token)))
        {
            await Upload.CopyToAsync(saved);
        }

        Preview = await RunAsync(dryRun: true);
        return Page();
    }, ShowRefusalAsync);

    public Task<IActionResult> OnPostConfirmAsync() => SendAsync(async () =>
    {
        if (!Guid.TryParseExact(Token, "N", out _) || !System.IO.File.Exists(PathOf(Token!)))
        {
            ModelState.AddModelError(string.Empty, WebText.ImportExpired);
            return Page();
        }

        Imported = await RunAsync(dryRun: false);
        System.IO.File.Delete(PathOf(Token!));
        Token = null;
        TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.ImportDone, Imported.Year, Imported.Added, Imported.Corrected, Imported.Unchanged);
        return Page();
    }, ShowRefusalAsync);

    private async Task<ImportOutcome> RunAsync(bool dryRun)
    {
        await using var content = System.IO.File.OpenRead(PathOf(Token!));
        return await Mediator.Send(new ImportAnnualFigures(FileName ?? "upload.csv", Year ?? 0, dryRun, RegisterUnknown: RegisterUnknown) { Content = content });
    }

    /// <summary>A refused file is not kept: the user fixes it and uploads again.</summary>
    private Task<IActionResult> ShowRefusalAsync()
    {
        if (Token is not null && Guid.TryParseExact(Token, "N", out _))
        {
            System.IO.File.Delete(PathOf(Token));
        }

        Token = null;
        RowErrors = ModelState.Where(e => e.Value!.Errors.Count > 0 && e.Key.Length > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray(), StringComparer.Ordinal);
        return Task.FromResult<IActionResult>(Page());
    }

    private static string PathOf(string token) => Path.Combine(UploadDirectory, token);
}
