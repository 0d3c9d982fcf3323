using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Sets a firm's cultivation target (培育目标), with a reason.</summary>
public sealed class TargetModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    public EnterpriseDetails Firm { get; private set; } = null!;

    public ReferenceData Reference { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        await LoadAsync();
        Input = new TargetInput { Target = Firm.Target };
    });

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            await Mediator.Send(new SetCultivationTarget(Id, Input.Target!, Input.Reason ?? string.Empty));
            TempData["Flash"] = WebText.TargetSet;
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

    public sealed class TargetInput
    {
        public string? Target { get; set; }

        public string? Reason { get; set; }
    }
}
