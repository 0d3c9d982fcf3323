using System.Globalization;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Plans;

/// <summary>The plan periods; administrators add one (the 十五五) here.</summary>
public sealed class IndexModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            var plan = await Mediator.Send(new AddPlan(
                Input.Code ?? string.Empty, Input.Title ?? string.Empty, Input.BaseYear ?? 0, Input.FirstYear ?? 0, Input.LastYear ?? 0, Input.Source, Input.Kind ?? "five-year"));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.PlanAdded, plan.Code, plan.FirstYear, plan.LastYear);
            return Redirect($"/Plans/Details?code={Uri.EscapeDataString(plan.Code)}");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task LoadAsync() => Plans = await Mediator.Send(new ListPlans());

    public sealed class PlanInput
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public int? BaseYear { get; set; }

        public int? FirstYear { get; set; }

        public int? LastYear { get; set; }

        public string? Source { get; set; }

        public string? Kind { get; set; } = "five-year";
    }
}
