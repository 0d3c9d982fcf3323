using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Moves a firm's tier outside the annual review, with a reason.</summary>
public sealed class TierModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public TierInput Input { get; set; } = new();

    public EnterpriseDetails Firm { get; private set; } = null!;

    public ReferenceData Reference { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        await LoadAsync();
        var latest = Firm.Figures.Count > 0 ? Firm.Figures[0] : null;
        Input = new TierInput { Year = latest?.Year ?? clock.GetLocalNow().Year - 1, To = latest?.ImpliedTier };
    });

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            await Mediator.Send(new MoveTier(Id, Input.To!, Input.Year ?? 0, Input.Reason ?? string.Empty, Input.Override));
            TempData["Flash"] = WebText.TierMoved;
            return Redirect($"/Firms/Details/{Id}");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task LoadAsync()
    {
        Firm = await Mediator.Send(new GetEnterprise(Id));
        Reference = await Mediator.Send(new GetReferenceData());
    }

    public sealed class TierInput
    {
        public string? To { get; set; }

        public int? Year { get; set; }

        public string? Reason { get; set; }

        public bool Override { get; set; }
    }
}
