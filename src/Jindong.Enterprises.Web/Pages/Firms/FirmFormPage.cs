using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>
/// A form that changes one firm: it shows the firm and the reference lists, and after a
/// successful command returns to the firm's page with a message; a refusal shows the form again.
/// </summary>
public abstract class FirmFormPage(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public EnterpriseDetails Firm { get; private set; } = null!;

    public ReferenceData Reference { get; private set; } = null!;

    protected async Task LoadAsync()
    {
        Firm = await Mediator.Send(new GetEnterprise(Id));
        Reference = await Mediator.Send(new GetReferenceData());
    }

    /// <summary>Sends the change, then back to the firm with <paramref name="flash"/>.</summary>
    protected Task<IActionResult> ChangeAsync(Func<Task> send, string flash) => SendAsync(
        async () =>
        {
            await send();
            TempData["Flash"] = flash;
            return Redirect($"/Firms/Details/{Id}");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });
}
