using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Plans;

/// <summary>
/// A plan's final evaluation (规划实施情况总结评估), with its downloads. Administrators enter the
/// official figure and its source of a target the registry cannot compute (需外部数据).
/// </summary>
public sealed class EvaluationModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    public OfficialInput Input { get; set; } = new();

    public PlanEvaluation Evaluation { get; private set; } = null!;

    public ReportTable Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            return await LoadAsync();
        }
        catch (InputValidationException)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            var recorded = await Mediator.Send(new RecordOfficialFigure(Code, Input.TargetId ?? 0, Input.Value ?? string.Empty, Input.Source ?? string.Empty, Input.Reached));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.PlanOfficialSaved, recorded.Name, recorded.OfficialSource);
            return Redirect($"/Plans/Evaluation?code={Uri.EscapeDataString(Code)}");
        },
        LoadAsync);

    private async Task<IActionResult> LoadAsync()
    {
        Evaluation = await Mediator.Send(new GetPlanEvaluation(Code));
        Report = (await ReportTables.ForPlanAsync(Mediator, "evaluation", Code, HttpContext.RequestAborted))!;
        return Page();
    }

    public sealed class OfficialInput
    {
        public int? TargetId { get; set; }

        public string? Value { get; set; }

        public string? Source { get; set; }

        public bool? Reached { get; set; }
    }
}
