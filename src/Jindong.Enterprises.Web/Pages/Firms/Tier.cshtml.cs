using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Moves a firm's tier outside the annual review, with a reason.</summary>
public sealed class TierModel(IMediator mediator, TimeProvider clock) : FirmFormPage(mediator)
{
    [BindProperty]
    public TierInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        await LoadAsync();
        var latest = Firm.Figures.Count > 0 ? Firm.Figures[0] : null;
        Input = new TierInput { Year = latest?.Year ?? clock.GetLocalNow().Year - 1, To = latest?.ImpliedTier };
    });

    public Task<IActionResult> OnPostAsync() =>
        ChangeAsync(() => Mediator.Send(new MoveTier(Id, Input.To!, Input.Year ?? 0, Input.Reason ?? string.Empty, Input.Override)), WebText.TierMoved);

    public sealed class TierInput
    {
        public string? To { get; set; }

        public int? Year { get; set; }

        public string? Reason { get; set; }

        public bool Override { get; set; }
    }
}
