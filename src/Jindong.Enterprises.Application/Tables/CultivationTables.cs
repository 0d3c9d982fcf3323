using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Watch;
using static Jindong.Enterprises.Application.Tables.ReportTables;

namespace Jindong.Enterprises.Application.Tables;

/// <summary>The cultivation programmes' reports (designations and the watch lists) as tables: one definition for the web, the downloads and the CLI.</summary>
public static class CultivationTables
{
    /// <summary>The designation counts by township beside the plan's count targets.</summary>
    public static ReportTable Designations(string kind, DesignationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(kind, TitleOf(kind), Format(DisplayText.NoteDesignations, report.Year, report.Plan ?? DisplayText.NoPlanShort),
            [new("township", DisplayText.ColumnTownship), new("designation", DisplayText.ColumnDesignation), new("level", DisplayText.ColumnLevel),
             Count("held", DisplayText.ColumnHeld, DisplayText.UnitFirms), Count("new", DisplayText.ColumnNewGrants), Count("expired", DisplayText.ColumnExpired),
             Count("revoked", DisplayText.ColumnRevoked), Count("delisted", DisplayText.ColumnDelisted), new("counts", DisplayText.ColumnCountsToward),
             Count("counted", DisplayText.ColumnCounted, DisplayText.UnitFirms), Amount("base", DisplayText.ColumnBase),
             new("targetText", DisplayText.ColumnTargetValue), new("reached", DisplayText.ColumnReached, CellKind.Flag), new("targetSource", DisplayText.ColumnSource)],
            report.Rows.Select(r => Row(
                r.Township ?? DisplayText.District, r.Designation, r.Level is { } l ? Codes.Label("level", l) : null, r.Held, r.New, r.Expired, r.Revoked, r.Delisted,
                r.Counts, r.Counted, r.Base, r.TargetText, r.Reached, r.TargetSource)).ToList(),
            report);
    }

    /// <summary>The grants running out in the twelve months after the year's end, by township.</summary>
    public static ReportTable Expiring(string kind, DesignationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(kind, TitleOf(kind), Format(DisplayText.NoteExpiring, ChinaTime.Show(report.Day), ChinaTime.Show(report.Day.AddMonths(12))),
            [new("township", DisplayText.ColumnTownship), Count("enterpriseId", DisplayText.ColumnId), new("firm", DisplayText.ColumnName),
             new("designation", DisplayText.ColumnDesignation), new("year", DisplayText.ColumnGrantYear, CellKind.Year), new("validTo", DisplayText.ColumnValidTo),
             new("number", DisplayText.ColumnCertificate)],
            report.Expiring.Select(r => Row(r.Township, r.EnterpriseId, r.Firm, r.Designation, r.Year, ChinaTime.Show(r.ValidTo), r.Number)).ToList(),
            report.Expiring);
    }

    /// <summary>The three watch lists as one table, the list named in its first column.</summary>
    public static ReportTable Watch(WatchList watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        var limits = watch.Limits;
        var rows = watch.Candidates.Select(f => Firm(DisplayText.WatchCandidates, f))
            .Concat(watch.AtRisk.Select(f => Firm(DisplayText.WatchAtRisk, f)))
            .Concat(watch.Flags.Select(f => Row(
                DisplayText.WatchFlags, f.EnterpriseId, f.Name, f.Township, null, null, f.Value, f.Previous,
                (f.Measure is { } m && Figures.MeasureFields.TryParseKey(m, out var measure) ? Figures.MeasureFields.Label(measure) : string.Empty) + Codes.Label("check", f.Check), null)))
            .ToList();
        return new("watch", TitleOf("watch"),
            Format(DisplayText.NoteWatch, watch.Year, limits.CandidateShare, limits.RiskMargin, limits.PathGrowth, limits.JumpFactor, watch.PlanLastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", watch.Acknowledged),
            [new("list", DisplayText.ColumnWatchList), Count("enterpriseId", DisplayText.ColumnId), new("name", DisplayText.ColumnName), new("township", DisplayText.ColumnTownship),
             new("tier", DisplayText.ColumnTier), new("target", DisplayText.ColumnTarget), Amount("value", DisplayText.ColumnWatchValue), Amount("previous", DisplayText.ColumnWatchPrevious),
             new("reason", DisplayText.ColumnReason), new("neededGrowth", DisplayText.ColumnRequiredGrowth, CellKind.Percent)],
            rows, watch);
    }

    private static object?[] Firm(string list, WatchFirm f) =>
        Row(list, f.EnterpriseId, f.Name, f.Township, f.Tier ?? DisplayText.Unknown, f.Target, f.Output, f.Previous, Codes.Label("watch", f.Reason), f.NeededGrowth is { } g ? (double)g : null);
}
