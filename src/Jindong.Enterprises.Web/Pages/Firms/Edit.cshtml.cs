using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Registers a firm (no id) or edits one's profile; the hidden version refuses a lost update.</summary>
public sealed class EditModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public FirmInput Input { get; set; } = new();

    public ReferenceData Reference { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        Reference = await Mediator.Send(new GetReferenceData());
        if (Id is { } id)
        {
            var firm = await Mediator.Send(new GetEnterprise(id));
            Input = new FirmInput
            {
                Name = firm.Name,
                Township = firm.Township,
                CreditCode = firm.CreditCode,
                CreditCodeOverride = firm.CreditCodeOverride,
                Segment = firm.Segment,
                Target = firm.Target,
                Version = firm.Version,
            };
        }
        else if (Reference.Townships.Count == 1)
        {
            Input.Township = Reference.Townships[0];
        }
    });

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            if (Id is { } id)
            {
                await Mediator.Send(new UpdateEnterprise(id, Input.Name ?? string.Empty, Blank(Input.Township), Blank(Input.CreditCode), Blank(Input.Segment), Input.Version, CreditCodeOverride: Blank(Input.CreditCodeOverride)));
                TempData["Flash"] = WebText.Saved;
                return Redirect($"/Firms/Details/{id}");
            }

            var created = await Mediator.Send(new RegisterEnterprise(Input.Name ?? string.Empty, Input.Township ?? string.Empty, Blank(Input.CreditCode), Blank(Input.Segment), Blank(Input.Target), CreditCodeOverride: Blank(Input.CreditCodeOverride)));
            TempData["Flash"] = WebText.Registered;
            return Redirect($"/Firms/Details/{created}");
        },
        async () =>
        {
            Reference = await Mediator.Send(new GetReferenceData());
            return Page();
        });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class FirmInput
    {
        public string? Name { get; set; }

        public string? Township { get; set; }

        public string? CreditCode { get; set; }

        /// <summary>Why a real code that breaks a GB 32100 rule is recorded all the same.</summary>
        public string? CreditCodeOverride { get; set; }

        public string? Segment { get; set; }

        public string? Target { get; set; }

        public int? Version { get; set; }
    }
}
