using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Ends one of the firm's designations: revoked, expired without renewal, or delisted, from a day, with the reason.</summary>
public sealed class EndDesignationModel(IMediator mediator) : FirmFormPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int DesignationId { get; set; }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public DesignationView Grant { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadGrantAsync);

    public Task<IActionResult> OnPostAsync() => ChangeAsync(
        async () =>
        {
            await LoadGrantAsync();
            await Mediator.Send(new EndDesignation(Id, DesignationId, Input.How ?? string.Empty, Input.Reason ?? string.Empty, Input.On));
        },
        WebText.DesignationEnded);

    private async Task LoadGrantAsync()
    {
        await LoadAsync();
        Grant = Firm.Designations.FirstOrDefault(d => d.Id == DesignationId)
            ?? throw new Application.Common.Exceptions.NotFoundException(string.Format(System.Globalization.CultureInfo.CurrentCulture, WebText.DesignationNotFound, DesignationId));
    }

    public sealed class EndInput
    {
        public string? How { get; set; }

        public DateOnly? On { get; set; }

        public string? Reason { get; set; }
    }
}
