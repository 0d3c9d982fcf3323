using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Watch;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Watch;

/// <summary>预警: a year's 小升规 candidates, firms at risk and open data-quality flags, for a township or all the user sees; flags explained here.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Township { get; set; }

    public WatchList List { get; private set; } = null!;

    public ReferenceData Reference { get; private set; } = null!;

    /// <summary>The year shown when none is chosen: the last full year, whose figures the bureau has.</summary>
    public static int DefaultYear(TimeProvider clock) => ChinaTime.CurrentYear(clock) - 1;

    protected override string FieldPrefix => string.Empty;

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    /// <summary>Lets a flagged value stand with an explanation.</summary>
    public Task<IActionResult> OnPostAcknowledgeAsync(int firm, string check, string? measure, string? explanation) => SendAsync(
        async () =>
        {
            await Mediator.Send(new AcknowledgeFigureCheck(firm, Year ?? DefaultYear(clock), check, explanation ?? string.Empty, measure));
            TempData["Flash"] = WebText.WatchAcknowledged;
            return Redirect($"/Watch?year={Year ?? DefaultYear(clock)}&township={Uri.EscapeDataString(Township ?? string.Empty)}#flags");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task LoadAsync()
    {
        Reference = await Mediator.Send(new GetReferenceData());
        List = await Mediator.Send(new GetWatchList(Year ?? DefaultYear(clock), string.IsNullOrWhiteSpace(Township) ? null : Township));
    }
}
