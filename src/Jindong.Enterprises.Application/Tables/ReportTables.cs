using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Tables;

/// <summary>
/// Every report as a <see cref="ReportTable"/>, by its stable kind name: the one definition of its
/// title, note and columns, which the web page, the web downloads and the CLI all show.
/// </summary>
public static class ReportTables
{
    /// <summary>The reports of a year, in the order menus list them.</summary>
    public static readonly IReadOnlyList<string> YearKinds = ["progress", "townships", "industries", "gaps", "efficiency", "classes", "remediation"];

    public static string TitleOf(string kind) =>
        DisplayText.ResourceManager.GetString("Title" + char.ToUpperInvariant(kind[0]) + kind[1..], DisplayText.Culture) ?? kind;

    /// <summary>A year's report (reprinted as the registry stood at the end of <paramref name="asOf"/>, when given), or null for a kind there is none of.</summary>
    public static async Task<ReportTable?> ForYearAsync(IMediator mediator, string kind, int year, CancellationToken ct, DateOnly? asOf = null)
    {
        if (!YearKinds.Contains(kind))
        {
            return null;
        }

        var basis = await mediator.Send(new GetReportBasis(year, asOf), ct);
        var table = await YearTableAsync(mediator, kind, year, asOf, basis, ct);
        return table! with { Basis = basis.Describe() };
    }

    private static async Task<ReportTable?> YearTableAsync(IMediator mediator, string kind, int year, DateOnly? asOf, ReportBasis basis, CancellationToken ct)
    {
        switch (kind)
        {
            case "progress":
                var progress = await mediator.Send(new GetProgressReport(year, asOf), ct);
                return new(kind, TitleOf(kind), Format(DisplayText.NoteProgress, year),
                    [new("tier", DisplayText.ColumnImpliedTier), Count("band", DisplayText.ColumnBand), Count("cumulative", DisplayText.ColumnCumulative),
                     Count("base2020", DisplayText.ColumnBase2020), Count("target2025", DisplayText.ColumnTarget2025), Count("cultivationGoal2025", DisplayText.ColumnGoal2025)],
                    progress.Select(r => Row(r.Tier, r.Band, r.Cumulative, r.Base2020, r.Target2025, r.CultivationGoal2025)).ToList(), progress);
            case "townships":
                var townships = await mediator.Send(new GetTownshipReport(year, asOf), ct);
                return new(kind, TitleOf(kind), Format(DisplayText.NoteGroups, year),
                    [new("township", DisplayText.ColumnTownship), new("tier", DisplayText.ColumnImpliedTier), Count("band", DisplayText.ColumnBand), Count("cumulative", DisplayText.ColumnCumulative)],
                    townships.Select(r => Row(r.Township, r.Tier, r.Band, r.Cumulative)).ToList(), townships);
            case "industries":
                var industries = await mediator.Send(new GetIndustryReport(year, asOf), ct);
                return new(kind, TitleOf(kind), Format(DisplayText.NoteGroups, year),
                    [new("category", DisplayText.ColumnCategory), new("industry", DisplayText.ColumnIndustry), new("segment", DisplayText.ColumnSegment),
                     new("tier", DisplayText.ColumnImpliedTier), Count("band", DisplayText.ColumnBand), Count("cumulative", DisplayText.ColumnCumulative)],
                    industries.Select(r => Row(r.Category ?? DisplayText.Unclassified, r.Industry, r.Segment ?? DisplayText.Unclassified, r.Tier, r.Band, r.Cumulative)).ToList(), industries);
            case "gaps":
                var gaps = await mediator.Send(new GetGapReport(year, asOf), ct);
                // On a frozen or as-of basis, a later correction is shown beside the output counted.
                TableColumn[] corrected = basis.RecordedBy is null ? [] : [Amount("correctedOutput", DisplayText.ColumnCorrectedOutput)];
                return new(kind, TitleOf(kind), Format(DisplayText.NoteGaps, year),
                    [Count("id", DisplayText.ColumnId), new("name", DisplayText.ColumnName), new("township", DisplayText.ColumnTownship), new("target", DisplayText.ColumnTarget),
                     Amount("output", DisplayText.ColumnOutput), .. corrected, new("outputYear", DisplayText.ColumnOutputYear, CellKind.Year), Amount("threshold", DisplayText.ColumnThreshold),
                     Amount("gap", DisplayText.ColumnGap), new("requiredGrowth", DisplayText.ColumnRequiredGrowth, CellKind.Percent), new("status", DisplayText.ColumnStatus)],
                    gaps.Select(r => (IReadOnlyList<object?>)[r.Id, r.Name, r.Township, r.Target, r.Output, .. (basis.RecordedBy is null ? Array.Empty<object?>() : [r.CorrectedOutput]), r.OutputYear, r.Threshold, r.Gap, r.RequiredGrowth, Codes.Label("gap", r.Status)]).ToList(), gaps);
            case "efficiency":
                return EfficiencyTables.Evaluation(kind, year, await mediator.Send(new GetEfficiencyReport(year), ct));
            case "classes":
                return EfficiencyTables.Classes(kind, year, await mediator.Send(new GetClassDistribution(year), ct));
            case "remediation":
                return EfficiencyTables.Remediation(kind, year, await mediator.Send(new GetRemediationReport(year), ct));
            default:
                return null;
        }
    }

    /// <summary>A firm's tier history.</summary>
    public static async Task<ReportTable> HistoryAsync(IMediator mediator, int enterpriseId, CancellationToken ct)
    {
        var history = await mediator.Send(new GetTierHistory(enterpriseId), ct);
        return new("history", TitleOf("history"), Format(DisplayText.NoteHistory, history.Firm.Name, history.Firm.Id, history.CurrentTier ?? DisplayText.Unknown),
            [new("year", DisplayText.ColumnYear, CellKind.Year), new("from", DisplayText.ColumnFrom), new("to", DisplayText.ColumnTo), new("kind", DisplayText.ColumnKind),
             new("reason", DisplayText.ColumnReason), new("override", DisplayText.ColumnOverride, CellKind.Flag), new("reviewYear", DisplayText.ColumnReviewYear, CellKind.Year),
             new("movedBy", DisplayText.ColumnActor), new("movedAt", DisplayText.ColumnAt, CellKind.Time)],
            history.Moves.Select(m => Row(m.Year, m.From ?? DisplayText.Unknown, m.To, Codes.Label("kind", m.Kind), m.Reason, m.IsOverride, m.ReviewYear, m.MovedBy, m.MovedAt)).ToList(),
            history);
    }

    /// <summary>A list of firms, as the firm list and its downloads show it.</summary>
    public static ReportTable FirmList(IReadOnlyList<EnterpriseView> firms) =>
        new("firms", TitleOf("firms"), null,
            [Count("id", DisplayText.ColumnId), Count("listNo", DisplayText.ColumnListNo), new("name", DisplayText.ColumnName), new("creditCode", DisplayText.ColumnCreditCode),
             new("township", DisplayText.ColumnTownship), new("segment", DisplayText.ColumnSegment), new("target", DisplayText.ColumnTarget),
             new("tier", DisplayText.ColumnTier), new("status", DisplayText.ColumnStatus)],
            firms.Select(f => Row(f.Id, f.ListNo, f.Name, f.CreditCode, f.Township, f.Segment, f.Target, f.Tier ?? DisplayText.Unknown, Codes.Label("status", f.Status))).ToList(),
            firms);

    internal static TableColumn Count(string key, string header) => new(key, header, CellKind.Count);

    internal static TableColumn Amount(string key, string header) => new(key, header, CellKind.Amount);

    internal static object?[] Row(params object?[] cells) => cells;

    internal static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
