using System.Globalization;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>Records or corrects a year's figures; the hidden version refuses a correction over someone else's.</summary>
public sealed class FiguresModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public FiguresInput Input { get; set; } = new();

    public string FirmName { get; private set; } = string.Empty;

    public Task<IActionResult> OnGetAsync(int? year) => ReadAsync(async () =>
    {
        var firm = await LoadAsync();
        var chosen = year ?? clock.GetLocalNow().Year - 1;
        Input = new FiguresInput { Year = chosen };
        if (firm.Figures.FirstOrDefault(f => f.Year == chosen) is { } existing)
        {
            Input = new FiguresInput
            {
                Year = existing.Year,
                Output = existing.Output,
                Revenue = existing.Revenue,
                Tax = existing.Tax,
                ValueAdded = existing.ValueAdded,
                Land = existing.Land,
                Employees = existing.Employees,
                Rd = existing.Rd,
                Energy = existing.Energy,
                Emissions = existing.Emissions,
                ExpectedVersion = existing.Version,
            };
        }
    });

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            if (Input.Output is null)
            {
                ModelState.AddModelError("Input.Output", string.Format(CultureInfo.CurrentCulture, WebText.ValueRequired, Messages.FieldOutput));
            }

            if (Input.Year is null)
            {
                ModelState.AddModelError("Input.Year", string.Format(CultureInfo.CurrentCulture, WebText.ValueRequired, WebText.Year));
            }

            if (!ModelState.IsValid)
            {
                await LoadAsync();
                return Page();
            }

            var outcome = await Mediator.Send(new RecordAnnualFigures(
                Id, Input.Year!.Value, Input.Output!.Value, Input.Revenue, Input.Tax, Input.ValueAdded, Input.Land, Input.Employees, Input.Rd, Input.Energy, Input.Emissions, Input.ExpectedVersion));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, outcome.Kind switch
            {
                RecordKind.Added => WebText.FiguresAdded,
                RecordKind.Corrected => WebText.FiguresCorrected,
                _ => WebText.FiguresUnchanged,
            }, Input.Year, outcome.ImpliedTier);
            return Redirect($"/Firms/Details/{Id}");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task<EnterpriseDetails> LoadAsync()
    {
        var firm = await Mediator.Send(new GetEnterprise(Id));
        FirmName = firm.Name;
        return firm;
    }

    public sealed class FiguresInput
    {
        public int? Year { get; set; }

        public decimal? Output { get; set; }

        public decimal? Revenue { get; set; }

        public decimal? Tax { get; set; }

        public decimal? ValueAdded { get; set; }

        public decimal? Land { get; set; }

        public int? Employees { get; set; }

        public decimal? Rd { get; set; }

        public decimal? Energy { get; set; }

        public decimal? Emissions { get; set; }

        public int? ExpectedVersion { get; set; }
    }
}
