using System.Globalization;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Web.Resources;
using MediatR;

namespace Jindong.Enterprises.Web.Display;

/// <summary>A report as a table: headers in the user's language and raw values, shown on the page and written to CSV or Excel.</summary>
public sealed record ReportTable(string Kind, string Title, string? Note, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Loads the reports the Application offers, by their stable kind names.</summary>
public static class ReportTables
{
    public static readonly IReadOnlyList<string> Kinds = ["progress", "townships", "industries", "gaps", "efficiency"];

    public static string TitleOf(string kind) => kind switch
    {
        "progress" => WebText.ReportProgress,
        "townships" => WebText.ReportTownships,
        "industries" => WebText.ReportIndustries,
        "gaps" => WebText.ReportGaps,
        _ => WebText.ReportEfficiency,
    };

    /// <summary>The report, or null for a kind there is none of.</summary>
    public static async Task<ReportTable?> LoadAsync(IMediator mediator, string kind, int year, CancellationToken ct)
    {
        switch (kind)
        {
            case "progress":
                var progress = await mediator.Send(new GetProgressReport(year), ct);
                return new(kind, TitleOf(kind), WebText.ReportCumulativeNote,
                    [WebText.Tier, WebText.Band, WebText.Cumulative, WebText.Base2020, WebText.Target2025, WebText.CultivationGoal],
                    progress.Select(r => Row(r.Tier, r.Band, r.Cumulative, r.Base2020, r.Target2025, r.CultivationGoal2025)).ToList());
            case "townships":
                var townships = await mediator.Send(new GetTownshipReport(year), ct);
                return new(kind, TitleOf(kind), WebText.ReportCumulativeNote,
                    [WebText.Township, WebText.Tier, WebText.Band, WebText.Cumulative],
                    townships.Select(r => Row(r.Township, r.Tier, r.Band, r.Cumulative)).ToList());
            case "industries":
                var industries = await mediator.Send(new GetIndustryReport(year), ct);
                return new(kind, TitleOf(kind), WebText.ReportCumulativeNote,
                    [WebText.Category, WebText.Industry, WebText.Segment, WebText.Tier, WebText.Band, WebText.Cumulative],
                    industries.Select(r => Row(r.Category ?? WebText.Unclassified, r.Industry, r.Segment, r.Tier, r.Band, r.Cumulative)).ToList());
            case "gaps":
                var gaps = await mediator.Send(new GetGapReport(year), ct);
                return new(kind, TitleOf(kind), WebText.ReportGapNote,
                    [WebText.Name, WebText.Township, WebText.Target, WebText.OutputWan, WebText.Year, WebText.ThresholdWan, WebText.GapWan, WebText.RequiredGrowth, WebText.Status],
                    gaps.Select(r => Row(r.Name, r.Township, r.Target, r.Output, r.OutputYear, r.Threshold, r.Gap, r.RequiredGrowth, Format.GapStatus(r.Status))).ToList());
            case "efficiency":
                var efficiency = await mediator.Send(new GetEfficiencyReport(year), ct);
                var note = efficiency.SchemeYear is { } scheme
                    ? string.Format(CultureInfo.CurrentCulture, WebText.ReportEfficiencyNote, scheme, efficiency.SchemeSource)
                    : WebText.ReportEfficiencyNoScheme;
                return new(kind, TitleOf(kind), note,
                    [WebText.Name, WebText.Township, WebText.LandMu, WebText.TaxPerMu, WebText.ValueAddedPerMu, WebText.LowEfficiency, WebText.Score, WebText.EfficiencyClass],
                    efficiency.Rows.Select(r => Row(r.Name, r.Township, r.Land, r.TaxPerMu, r.ValueAddedPerMu, r.LowEfficiency is { } low ? (low ? WebText.Yes : WebText.No) : null, r.Score, r.Class)).ToList());
            default:
                return null;
        }
    }

    /// <summary>A cell as the page shows it.</summary>
    public static string Show(object? value) => value switch
    {
        null => "—",
        decimal d => Format.Number(d),
        double rate => Format.Percent(rate),
        int i => i.ToString("#,0", CultureInfo.CurrentCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static object?[] Row(params object?[] cells) => cells;
}
