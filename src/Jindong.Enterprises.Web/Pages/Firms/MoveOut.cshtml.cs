using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Takes a firm off the active list (moved out of the district, or closed), with a reason; it stays in history.</summary>
public sealed class MoveOutModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public MoveOutInput Input { get; set; } = new();

    public EnterpriseDetails Firm { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            await Mediator.Send(new MoveOutEnterprise(Id, Input.Reason ?? string.Empty, Input.Closed, Input.EffectiveOn));
            TempData["Flash"] = WebText.MovedOut;
            return Redirect($"/Firms/Details/{Id}");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task LoadAsync() => Firm = await Mediator.Send(new GetEnterprise(Id));

    public sealed class MoveOutInput
    {
        public string? Reason { get; set; }

        public bool Closed { get; set; }

        /// <summary>The day the firm left (default today).</summary>
        public DateOnly? EffectiveOn { get; set; }
    }
}
