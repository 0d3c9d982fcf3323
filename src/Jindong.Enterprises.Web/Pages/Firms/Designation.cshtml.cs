using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Records a designation granted to the firm (登记认定).</summary>
public sealed class DesignationModel(IMediator mediator) : FirmFormPage(mediator)
{
    [BindProperty]
    public GrantInput Input { get; set; } = new();

    public IReadOnlyList<DesignationKindView> Kinds { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadKindsAsync);

    public Task<IActionResult> OnPostAsync() => ChangeAsync(
        async () =>
        {
            await LoadKindsAsync();
            await Mediator.Send(new GrantDesignation(Id, Input.Kind ?? string.Empty, Input.Year ?? 0, null, Input.Number, Input.Board, Input.ValidTo, Input.Announcement));
        },
        WebText.DesignationGranted);

    private async Task LoadKindsAsync()
    {
        await LoadAsync();
        Kinds = await Mediator.Send(new ListDesignationKinds());
    }

    public sealed class GrantInput
    {
        public string? Kind { get; set; }

        public int? Year { get; set; }

        public string? Number { get; set; }

        public string? Board { get; set; }

        public DateOnly? ValidTo { get; set; }

        public string? Announcement { get; set; }
    }
}
