using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

public sealed class DetailsModel(IMediator mediator) : JindongPageModel(mediator)
{
    public EnterpriseDetails Firm { get; private set; } = null!;

    public TargetGapView? Gap { get; private set; }

    /// <summary>The firm's 亩均 classes by year, its remediation cases and parcels.</summary>
    public FirmEfficiencyView Efficiency { get; private set; } = null!;

    protected override string FieldPrefix => string.Empty;

    public Task<IActionResult> OnGetAsync(int id) => ReadAsync(() => LoadAsync(id));

    /// <summary>The responsible township's plan for the firm's open remediation case.</summary>
    public Task<IActionResult> OnPostPlanAsync(int id, string? action, DateOnly? deadline, bool inProgress, string? notes, int? version) => SendAsync(
        async () =>
        {
            await Mediator.Send(new PlanRemediation(id, action, deadline, inProgress, notes, version));
            TempData["Flash"] = Resources.WebText.EfficiencyCasePlanned;
            return Redirect($"/Firms/Details/{id}#efficiency");
        },
        async () =>
        {
            await LoadAsync(id);
            return Page();
        });

    private async Task LoadAsync(int id)
    {
        Firm = await Mediator.Send(new GetEnterprise(id));
        Gap = await Mediator.Send(new GetTargetGap(id));
        Efficiency = await Mediator.Send(new GetFirmEfficiency(id));
    }
}
