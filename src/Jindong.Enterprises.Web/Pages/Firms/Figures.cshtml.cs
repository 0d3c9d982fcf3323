using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

/// <summary>
/// Records or corrects a year's figures. The form opens with the year's current values and their
/// version: a field the user empties is cleared, every other keeps its value, and the version refuses
/// a save over someone else's (or over a year recorded since the form was opened).
/// </summary>
public sealed class FiguresModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public FiguresInput Input { get; set; } = new();

    public string FirmName { get; private set; } = string.Empty;

    /// <summary>The years the firm has figures for, to open one of them instead.</summary>
    public IReadOnlyList<int> RecordedYears { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(int? year) => ReadAsync(async () =>
    {
        var firm = await LoadAsync();
        var chosen = year ?? (firm.Figures.Count > 0 ? firm.Figures[0].Year : ChinaTime.CurrentYear(clock) - 1);
        Input = new FiguresInput { Year = chosen, ExpectedVersion = 0 };
        if (firm.Figures.FirstOrDefault(f => f.Year == chosen) is { } existing)
        {
            Input.ExpectedVersion = existing.Version;
            foreach (var measure in Measures.All)
            {
                Input.Values[measure.Measure.Key()] = measure.Get(existing.Values) is { } value ? Format(value) : null;
            }
        }
    });

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            if (Input.Year is null)
            {
                ModelState.AddModelError("Input.Year", string.Format(CultureInfo.CurrentCulture, WebText.ValueRequired, WebText.Year));
            }

            var changes = new List<KeyValuePair<Measure, decimal?>>();
            foreach (var measure in Measures.All)
            {
                var text = Input.Values.GetValueOrDefault(measure.Measure.Key())?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    changes.Add(KeyValuePair.Create(measure.Measure, (decimal?)null));
                }
                else if (AmountText.TryParse(text, out var value))
                {
                    changes.Add(KeyValuePair.Create(measure.Measure, (decimal?)value));
                }
                else
                {
                    ModelState.AddModelError(KeyOf(measure.Measure.ToString()), string.Format(CultureInfo.CurrentCulture, WebText.NotANumber, measure.Measure.Label()));
                }
            }

            if (!ModelState.IsValid)
            {
                await LoadAsync();
                return Page();
            }

            // A year opened empty (version 0) gives only what was typed; an existing year's form gives every field, an emptied one clears.
            var given = Input.ExpectedVersion is 0 or null ? changes.Where(c => c.Value is not null) : changes;
            var outcome = await Mediator.Send(new RecordAnnualFigures(Id, Input.Year!.Value, FigureChanges.Of(given), Input.ExpectedVersion));
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

    /// <summary>A measure's field ("Output") is the form's "Input.Values[output]".</summary>
    protected override string KeyOf(string field) =>
        Enum.TryParse<Measure>(field, out var measure) ? $"Input.Values[{measure.Key()}]" : base.KeyOf(field);

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private async Task<EnterpriseDetails> LoadAsync()
    {
        var firm = await Mediator.Send(new GetEnterprise(Id));
        FirmName = firm.Name;
        RecordedYears = firm.Figures.Select(f => f.Year).ToList();
        return firm;
    }

    public sealed class FiguresInput
    {
        public int? Year { get; set; }

        /// <summary>Each measure's text by key, as typed.</summary>
        public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);

        /// <summary>The version the form was opened at; 0 for a year without figures.</summary>
        public int? ExpectedVersion { get; set; }
    }
}
