using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Sets a firm's cultivation target (培育目标), with a reason.</summary>
public sealed class TargetModel(IMediator mediator) : FirmFormPage(mediator)
{
    [BindProperty]
    public TargetInput Input { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        await LoadAsync();
        Input = new TargetInput { Target = Firm.Target };
    });

    public Task<IActionResult> OnPostAsync() =>
        ChangeAsync(() => Mediator.Send(new SetCultivationTarget(Id, Input.Target!, Input.Reason ?? string.Empty)), WebText.TargetSet);

    public sealed class TargetInput
    {
        public string? Target { get; set; }

        public string? Reason { get; set; }
    }
}
