using System.Globalization;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Plans;

/// <summary>
/// One plan and its targets. Administrators set a target, import a targets file (all or nothing;
/// the template is downloadable) and close the plan, while it is open.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? CloseReason { get; set; }

    public PlanDetails Plan { get; private set; } = null!;

    public ReportTable Targets { get; private set; } = null!;

    public IReadOnlyList<string> Townships { get; private set; } = [];

    /// <summary>The bad cells of a refused targets file: "第 N 行 列" → messages.</summary>
    public IReadOnlyDictionary<string, string[]> FileErrors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>A code no plan has is a page that does not exist.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            return await LoadAsync();
        }
        catch (Application.Common.Exceptions.InputValidationException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostTargetAsync() => SendAsync(
        async () =>
        {
            var set = await Mediator.Send(new SetPlanTarget(Code, Input.Target ?? string.Empty)
            {
                Tier = Input.Tier, Indicator = Input.Indicator, Count = Input.Count, Base = Input.Base, Unit = Input.Unit, Nature = Input.Nature,
                Category = Input.Category, Name = Input.Name, Township = Input.Township, Year = Input.Year, Source = Input.Source, Reason = Input.Reason,
            });
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.PlanTargetSaved, set.Name, set.TargetText);
            return Redirect(Self);
        },
        LoadAsync);

    public Task<IActionResult> OnPostImportAsync() => SendAsync(
        async () =>
        {
            if (Upload is null || Upload.Length == 0)
            {
                ModelState.AddModelError(nameof(Upload), WebText.ImportChooseFile);
                return await LoadAsync();
            }

            await using var content = Upload.OpenReadStream();
            var imported = await Mediator.Send(new ImportPlanTargets(Code, Upload.FileName) { Content = content });
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.PlanTargetsImported, imported.File, imported.Added, imported.Changed, imported.Unchanged);
            return Redirect(Self);
        },
        async () =>
        {
            FileErrors = ModelState.Where(e => e.Value!.Errors.Count > 0 && e.Key.Length > 0 && !e.Key.StartsWith(nameof(Input), StringComparison.Ordinal))
                .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray(), StringComparer.Ordinal);
            return await LoadAsync();
        });

    public Task<IActionResult> OnPostCloseAsync() => SendAsync(
        async () =>
        {
            var closed = await Mediator.Send(new ClosePlan(Code, CloseReason ?? string.Empty));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.PlanClosedFlash, closed.Code);
            return Redirect(Self);
        },
        LoadAsync);

    private string Self => $"/Plans/Details?code={Uri.EscapeDataString(Code)}";

    /// <summary>A targets file's refusal names rows and columns; a form's names its fields.</summary>
    protected override string KeyOf(string field) =>
        typeof(TargetInput).GetProperty(field) is not null ? $"{nameof(Input)}.{field}"
        : field == nameof(ClosePlan.Reason) ? nameof(CloseReason)
        : field == nameof(GetPlan.Plan) ? string.Empty
        : field;

    private async Task<IActionResult> LoadAsync()
    {
        Plan = await Mediator.Send(new GetPlan(Code));
        Targets = ReportTables.PlanTargets(Plan);
        Townships = (await Mediator.Send(new GetReferenceData())).Townships;
        return Page();
    }

    public sealed class TargetInput
    {
        public string? Tier { get; set; }

        public string? Indicator { get; set; }

        public string? Count { get; set; }

        public string? Target { get; set; }

        public string? Base { get; set; }

        public string? Unit { get; set; }

        public string? Nature { get; set; }

        public string? Category { get; set; }

        public string? Name { get; set; }

        public string? Township { get; set; }

        public int? Year { get; set; }

        public string? Source { get; set; }

        public string? Reason { get; set; }
    }
}
