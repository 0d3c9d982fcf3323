using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Efficiency;

/// <summary>
/// The year's 亩均效益综合评价 as a workflow: the bureau runs it, townships flag data errors, the
/// bureau publishes it (公示), officers record objections, the bureau decides them and finalizes.
/// </summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Every refusal goes above the page: a result row is not a form field.</summary>
    protected override string FieldPrefix => string.Empty;

    public EvaluationView? Evaluation { get; private set; }

    public string? NotRun { get; private set; }

    public int ShownYear => Year ?? ChinaTime.CurrentYear(clock) - 1;

    /// <summary>The 公示 ends by default a week after it starts (counties publish for 5–7 working days).</summary>
    public DateOnly DefaultPublicityEnd => ChinaTime.Today(clock).AddDays(7);

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    public Task<IActionResult> OnPostRunAsync() => Act(async () =>
    {
        var run = await Mediator.Send(new RunEfficiencyEvaluation(ShownYear));
        return Format(WebText.EfficiencyRan, run.Year, run.Evaluated, run.Classed, run.LowEfficiency, run.FlagsClosed);
    });

    public Task<IActionResult> OnPostPublishAsync(DateOnly? end) => Act(async () =>
    {
        var published = await Mediator.Send(new PublishEfficiencyEvaluation(ShownYear, end ?? default));
        return Format(WebText.EfficiencyPublished, ChinaTime.Show(published.Start), ChinaTime.Show(published.End));
    });

    public Task<IActionResult> OnPostFinalizeAsync() => Act(async () =>
    {
        var final = await Mediator.Send(new FinalizeEfficiencyEvaluation(ShownYear));
        return Format(WebText.EfficiencyFinalized, final.CasesOpened, final.CasesCleared);
    });

    public Task<IActionResult> OnPostFlagAsync(int firm, string? reason) => Act(async () =>
    {
        await Mediator.Send(new FlagEfficiencyResult(ShownYear, firm, reason ?? string.Empty));
        return WebText.EfficiencyFlagged;
    });

    public Task<IActionResult> OnPostDismissAsync(int firm, string? reason) => Act(async () =>
    {
        await Mediator.Send(new DismissEfficiencyFlag(ShownYear, firm, reason ?? string.Empty));
        return WebText.EfficiencyFlagDismissed;
    });

    public Task<IActionResult> OnPostObjectAsync(int firm, string? reason, string? attachment) => Act(async () =>
    {
        await Mediator.Send(new RecordEfficiencyObjection(ShownYear, firm, reason ?? string.Empty, attachment));
        return WebText.EfficiencyObjectionRecorded;
    });

    public Task<IActionResult> OnPostDecideAsync(int firm, bool uphold, string? reason) => Act(async () =>
    {
        var decided = await Mediator.Send(new DecideEfficiencyObjection(ShownYear, firm, uphold, reason ?? string.Empty));
        return Format(WebText.EfficiencyObjectionDecided, decided.ClassBefore ?? WebText.Unknown, decided.ClassAfter ?? WebText.Unknown);
    });

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    /// <summary>Sends the step; on success says what it did above the page, on a refusal shows the page with the message.</summary>
    private Task<IActionResult> Act(Func<Task<string>> step) => SendAsync(
        async () =>
        {
            TempData["Flash"] = await step();
            return Redirect($"/Efficiency?year={ShownYear}");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task LoadAsync()
    {
        try
        {
            Evaluation = await Mediator.Send(new GetEfficiencyEvaluation(ShownYear));
        }
        catch (NotFoundException notRun)
        {
            NotRun = notRun.Message;
        }
    }
}
