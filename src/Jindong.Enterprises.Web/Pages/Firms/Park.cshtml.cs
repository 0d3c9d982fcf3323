using Jindong.Enterprises.Application.Parks;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Records where the firm stands in parks from a year on (入园), for the 入园率.</summary>
public sealed class ParkModel(IMediator mediator, TimeProvider clock) : FirmFormPage(mediator)
{
    /// <summary>The form's choice of place: "outside", "other-park", or a park as "platform:名称" / "micro-park:名称".</summary>
    public const string OtherPark = "other-park";

    public const string Outside = "outside";

    [BindProperty]
    public ParkInput Input { get; set; } = new();

    public ParkOptions Options { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        await LoadOptionsAsync();
        Input.Year ??= Application.Common.ChinaTime.CurrentYear(clock);
    });

    public Task<IActionResult> OnPostAsync() => ChangeAsync(
        async () =>
        {
            await LoadOptionsAsync();
            await Mediator.Send(Command());
        },
        WebText.ParkRecorded);

    /// <summary>The command's platform and micro-park are one choice on the form.</summary>
    protected override string KeyOf(string field) =>
        field is nameof(SetParkPlace.Platform) or nameof(SetParkPlace.MicroPark) ? "Input.Place" : base.KeyOf(field);

    private SetParkPlace Command()
    {
        var (kind, name) = Input.Place?.Split(':', 2) is [var k, var n] ? (k, n) : (Input.Place, null);
        return new SetParkPlace(
            Id,
            Input.Year ?? 0,
            Platform: kind == "platform" ? name : null,
            MicroPark: kind == "micro-park" ? name : null,
            Park: kind == OtherPark ? Input.Park ?? string.Empty : null,
            Outside: kind == Outside,
            Reason: string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason);
    }

    private async Task LoadOptionsAsync()
    {
        await LoadAsync();
        Options = await Mediator.Send(new GetParkOptions());
    }

    public sealed class ParkInput
    {
        public int? Year { get; set; }

        public string? Place { get; set; }

        public string? Park { get; set; }

        public string? Reason { get; set; }
    }
}
