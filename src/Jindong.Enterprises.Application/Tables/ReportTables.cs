using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
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
    public static readonly IReadOnlyList<string> YearKinds = ["progress", "townships", "industries", "gaps", "efficiency", "classes", "remediation", "indicators", "designations", "expiring"];

    /// <summary>The reports a year's review sign-off does not freeze: designations are announced late in a year and after it.</summary>
    private static readonly IReadOnlyList<string> UnfrozenKinds = ["designations", "expiring"];

    /// <summary>The reports of a plan (chosen by its code, not a year).</summary>
    public static readonly IReadOnlyList<string> PlanKinds = ["evaluation"];

    /// <summary>How many firms a table cell names before it only counts the rest (the JSON lists them all).</summary>
    public const int FirmsNamedInCell = 50;

    /// <summary>The watch lists of a year, for one township or (null) every township the user sees.</summary>
    public static async Task<ReportTable> WatchAsync(IMediator mediator, int year, string? township, CancellationToken ct) =>
        CultivationTables.Watch(await mediator.Send(new Watch.GetWatchList(year, township), ct));

    public static string TitleOf(string kind) =>
        DisplayText.ResourceManager.GetString("Title" + char.ToUpperInvariant(kind[0]) + kind[1..], DisplayText.Culture) ?? kind;

    /// <summary>A year's report (reprinted as the registry stood at the end of <paramref name="asOf"/>, when given), or null for a kind there is none of.</summary>
    public static async Task<ReportTable?> ForYearAsync(IMediator mediator, string kind, int year, CancellationToken ct, DateOnly? asOf = null)
    {
        if (!YearKinds.Contains(kind))
        {
            return null;
        }

        var basis = await mediator.Send(new GetReportBasis(year, asOf, FollowSignOff: !UnfrozenKinds.Contains(kind)), ct);
        var table = await YearTableAsync(mediator, kind, year, asOf, basis, ct);
        return table! with { Basis = basis.Describe() };
    }

    private static async Task<ReportTable?> YearTableAsync(IMediator mediator, string kind, int year, DateOnly? asOf, ReportBasis basis, CancellationToken ct)
    {
        switch (kind)
        {
            case "progress":
                var progress = await mediator.Send(new GetProgressReport(year, asOf), ct);
                var covering = await mediator.Send(new GetCoveringPlan(year), ct);
                return new(kind, TitleOf(kind), PlanNote(covering, year),
                    [new("tier", DisplayText.ColumnImpliedTier), Firms("band", DisplayText.ColumnBand), Firms("cumulative", DisplayText.ColumnCumulative),
                     Firms("base", BaseHeader(covering)), Firms("target", TargetHeader(covering)),
                     Firms("cultivationGoal", DisplayText.ColumnGoal), Firms("milestone", Format(DisplayText.ColumnMilestoneOf, year))],
                    progress.Select(r => Row(r.Tier, r.Band, r.Cumulative, r.Base, r.Target, r.CultivationGoal, r.Milestone)).ToList(), progress);
            case "townships":
                var townships = await mediator.Send(new GetTownshipReport(year, asOf), ct);
                var townshipPlan = await mediator.Send(new GetCoveringPlan(year), ct);
                return new(kind, TitleOf(kind), Join(Format(DisplayText.NoteGroups, year), townshipPlan is null ? Format(DisplayText.NoteNoPlan, year) : Format(DisplayText.NotePlanShares, townshipPlan.Title)),
                    [new("township", DisplayText.ColumnTownship), new("tier", DisplayText.ColumnImpliedTier), Firms("band", DisplayText.ColumnBand), Firms("cumulative", DisplayText.ColumnCumulative),
                     Firms("target", TargetHeader(townshipPlan)), Firms("milestone", Format(DisplayText.ColumnMilestoneOf, year))],
                    townships.Select(r => Row(r.Township, r.Tier, r.Band, r.Cumulative, r.Target, r.Milestone)).ToList(), townships);
            case "industries":
                var industries = await mediator.Send(new GetIndustryReport(year, asOf), ct);
                return new(kind, TitleOf(kind), Format(DisplayText.NoteGroups, year),
                    [new("category", DisplayText.ColumnCategory), new("industry", DisplayText.ColumnIndustry), new("segment", DisplayText.ColumnSegment),
                     new("tier", DisplayText.ColumnImpliedTier), Firms("band", DisplayText.ColumnBand), Firms("cumulative", DisplayText.ColumnCumulative)],
                    industries.Select(r => Row(r.Category ?? DisplayText.Unclassified, r.Industry, r.Segment ?? DisplayText.Unclassified, r.Tier, r.Band, r.Cumulative)).ToList(), industries);
            case "gaps":
                var gaps = await mediator.Send(new GetGapReport(year, asOf), ct);
                var gapPlan = await mediator.Send(new GetCoveringPlan(year), ct);
                var gapNote = gapPlan is null ? Format(DisplayText.NoteGapsNoPlan, year)
                    : year >= gapPlan.LastYear ? Format(DisplayText.NoteGapsFinal, year, gapPlan.Title)
                    : Format(DisplayText.NoteGaps, year, gapPlan.LastYear, gapPlan.Title);
                // On a frozen or as-of basis, a later correction is shown beside the output counted. The plan's
                // columns come last, so the columns files and scripts already read keep their places.
                TableColumn[] corrected = basis.RecordedBy is null ? [] : [Amount("correctedOutput", DisplayText.ColumnCorrectedOutput, DisplayText.UnitWan)];
                return new(kind, TitleOf(kind), gapNote,
                    [Count("id", DisplayText.ColumnId), new("name", DisplayText.ColumnName), new("township", DisplayText.ColumnTownship), new("target", DisplayText.ColumnTarget),
                     Amount("output", DisplayText.ColumnOutput, DisplayText.UnitWan), .. corrected, new("outputYear", DisplayText.ColumnOutputYear, CellKind.Year),
                     Amount("threshold", DisplayText.ColumnThreshold, DisplayText.UnitWan), Amount("gap", DisplayText.ColumnGap, DisplayText.UnitWan), new("requiredGrowth", DisplayText.ColumnRequiredGrowth, CellKind.Percent),
                     new("status", DisplayText.ColumnStatus), new("targetYear", DisplayText.ColumnTargetYear, CellKind.Year), new("olderFigures", DisplayText.ColumnOlderFigures, CellKind.Flag)],
                    gaps.Select(r => (IReadOnlyList<object?>)[r.Id, r.Name, r.Township, r.Target, r.Output, .. (basis.RecordedBy is null ? Array.Empty<object?>() : [r.CorrectedOutput]), r.OutputYear,
                        r.Threshold, r.Gap, r.RequiredGrowth, Codes.Label("gap", r.Status), r.TargetYear, r.OlderFigures]).ToList(), gaps);
            case "indicators":
                var indicators = await mediator.Send(new GetDistrictIndicators(year), ct);
                return new(kind, TitleOf(kind), Format(DisplayText.NoteIndicators, year),
                    [new("name", DisplayText.ColumnIndicator), new("unit", DisplayText.ColumnUnit), Amount("value", DisplayText.ColumnValue), Count("covered", DisplayText.ColumnCovered),
                     Count("of", DisplayText.ColumnOf), new("coverage", DisplayText.ColumnCoverage, CellKind.Percent), new("plan", DisplayText.ColumnPlan),
                     new("targetYear", DisplayText.ColumnTargetYear, CellKind.Year), new("targetText", DisplayText.ColumnTargetValue), new("reached", DisplayText.ColumnReached, CellKind.Flag)],
                    indicators.Select(r => Row(r.Name, r.Unit, r.Value, r.Covered, r.Of, r.Coverage, r.Plan, r.TargetYear, r.TargetText, r.Reached)).ToList(), indicators);
            case "efficiency":
                return EfficiencyTables.Evaluation(kind, year, await mediator.Send(new GetEfficiencyReport(year), ct));
            case "classes":
                return EfficiencyTables.Classes(kind, year, await mediator.Send(new GetClassDistribution(year), ct));
            case "remediation":
                return EfficiencyTables.Remediation(kind, year, await mediator.Send(new GetRemediationReport(year), ct));
            case "designations":
                return CultivationTables.Designations(kind, await mediator.Send(new Designations.GetDesignationReport(year, asOf), ct));
            case "expiring":
                return CultivationTables.Expiring(kind, await mediator.Send(new Designations.GetDesignationReport(year, asOf), ct));
            default:
                return null;
        }
    }

    /// <summary>A report of a plan, or null for a kind there is none of.</summary>
    public static async Task<ReportTable?> ForPlanAsync(IMediator mediator, string kind, string plan, CancellationToken ct)
    {
        if (kind != "evaluation")
        {
            return null;
        }

        var evaluation = await mediator.Send(new GetPlanEvaluation(plan), ct);
        var p = evaluation.Plan;
        return new(kind, TitleOf(kind), Format(DisplayText.NoteEvaluation, p.Title, p.Code, p.FirstYear, p.LastYear, p.BaseYear),
            [Count("targetId", DisplayText.ColumnTargetId), new("category", DisplayText.ColumnCategory), new("name", DisplayText.ColumnIndicator), new("unit", DisplayText.ColumnUnit),
             new("township", DisplayText.ColumnTownship), new("year", DisplayText.ColumnTargetYear, CellKind.Year), new("baseText", DisplayText.ColumnBase),
             new("targetText", DisplayText.ColumnTargetValue), Amount("value", DisplayText.ColumnValue), new("valueSource", DisplayText.ColumnValueSource),
             new("reached", DisplayText.ColumnReached, CellKind.Flag), Amount("gap", DisplayText.ColumnGap), new("coverage", DisplayText.ColumnCoverage, CellKind.Percent),
             new("nature", DisplayText.ColumnNature), new("firms", DisplayText.ColumnFirms), new("source", DisplayText.ColumnSource)],
            evaluation.Rows.Select(r => Row(
                r.TargetId, r.Category, r.Name, r.Unit, r.Township, r.Year, r.BaseText, r.TargetText, r.Value ?? (object?)r.OfficialText,
                Join(Codes.Label("value-source", r.ValueSource), r.OfficialSource), r.Reached, r.Gap,
                r.Covered is { } covered && r.Of is > 0 ? Math.Round((double)covered / r.Of.Value, 4) : null,
                r.Nature, FirmsCell(r.Firms), r.Source)).ToList(),
            evaluation);
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

    /// <summary>The plans, as `plan list` and the plans page show them.</summary>
    public static ReportTable PlanList(IReadOnlyList<PlanSummary> plans) =>
        new("plans", TitleOf("plans"), null,
            [new("code", DisplayText.ColumnPlanCode), new("title", DisplayText.ColumnPlanTitle), new("kind", DisplayText.ColumnKind),
             new("baseYear", DisplayText.ColumnPlanBaseYear, CellKind.Year), new("firstYear", DisplayText.ColumnPlanFirstYear, CellKind.Year),
             new("lastYear", DisplayText.ColumnPlanLastYear, CellKind.Year), new("closed", DisplayText.ColumnPlanClosed, CellKind.Flag), new("source", DisplayText.ColumnSource)],
            plans.Select(p => Row(p.Code, p.Title, Codes.Label("plan-kind", p.Kind), p.BaseYear, p.FirstYear, p.LastYear, p.Closed, p.Source)).ToList(),
            plans);

    /// <summary>A plan's targets, as `plan show` and the plan page show them.</summary>
    public static ReportTable PlanTargets(PlanDetails plan) =>
        new("plan", plan.Plan.Title, Format(DisplayText.NotePlan, plan.Plan.Code, plan.Plan.FirstYear, plan.Plan.LastYear, plan.Plan.BaseYear, Codes.Label("plan-kind", plan.Plan.Kind)),
            [Count("id", DisplayText.ColumnTargetId), new("category", DisplayText.ColumnCategory), new("name", DisplayText.ColumnIndicator), new("kind", DisplayText.ColumnKind),
             new("unit", DisplayText.ColumnUnit), new("baseText", DisplayText.ColumnBase), new("targetText", DisplayText.ColumnTargetValue),
             new("comparison", DisplayText.ColumnComparison), new("township", DisplayText.ColumnTownship), new("year", DisplayText.ColumnTargetYear, CellKind.Year),
             new("nature", DisplayText.ColumnNature), new("official", DisplayText.ColumnValueSource), new("source", DisplayText.ColumnSource)],
            plan.Targets.Select(t => Row(t.Id, t.Category, t.Name, Codes.Label("target-kind", t.Kind), t.Unit, t.BaseText, t.TargetText, Codes.Label("comparison", t.Comparison),
                t.Township, t.Year, t.Nature, Official(t), t.Source)).ToList(),
            plan);

    /// <summary>A list of firms, as the firm list and its downloads show it.</summary>
    public static ReportTable FirmList(IReadOnlyList<EnterpriseView> firms) =>
        new("firms", TitleOf("firms"), null,
            [Count("id", DisplayText.ColumnId), Count("listNo", DisplayText.ColumnListNo), new("name", DisplayText.ColumnName), new("creditCode", DisplayText.ColumnCreditCode),
             new("township", DisplayText.ColumnTownship), new("segment", DisplayText.ColumnSegment), new("target", DisplayText.ColumnTarget),
             new("tier", DisplayText.ColumnTier), new("status", DisplayText.ColumnStatus)],
            firms.Select(f => Row(f.Id, f.ListNo, f.Name, f.CreditCode, f.Township, f.Segment, f.Target, f.Tier ?? DisplayText.Unknown, Codes.Label("status", f.Status))).ToList(),
            firms);

    private static string PlanNote(PlanSummary? plan, int year) => plan is null
        ? Format(DisplayText.NoteNoPlan, year)
        : Format(DisplayText.NoteProgress, year, plan.Title, plan.Code, plan.FirstYear, plan.LastYear, plan.BaseYear);

    /// <summary>"2020 年基数" under a plan; a plain "规划基数" (an empty column) for a year no plan covers.</summary>
    private static string BaseHeader(PlanSummary? plan) => plan is null ? DisplayText.ColumnBaseNoPlan : Format(DisplayText.ColumnBaseOf, plan.BaseYear);

    private static string TargetHeader(PlanSummary? plan) => plan is null ? DisplayText.ColumnTargetNoPlan : Format(DisplayText.ColumnTargetOf, plan.LastYear);

    private static string? FirmsCell(IReadOnlyList<CountedFirm>? firms)
    {
        if (firms is null)
        {
            return null;
        }

        var named = string.Join("、", firms.Take(FirmsNamedInCell).Select(f => $"{f.Name}（{TableCells.Amount(f.Output)}）"));
        return firms.Count > FirmsNamedInCell ? named + Format(DisplayText.FirmsMore, firms.Count - FirmsNamedInCell) : named;
    }

    private static string? Official(PlanTargetView t) =>
        t.OfficialValue is null && t.OfficialText is null ? null : $"{TableCells.Amount(t.OfficialValue)}{t.OfficialText} {t.OfficialSource}".Trim();

    private static string Join(string first, string? second) => string.IsNullOrEmpty(second) ? first : $"{first} {second}";

    internal static TableColumn Count(string key, string header, string? unit = null) => new(key, header, CellKind.Count, unit);

    internal static TableColumn Amount(string key, string header, string? unit = null) => new(key, header, CellKind.Amount, unit);

    private static TableColumn Firms(string key, string header) => Count(key, header, DisplayText.UnitFirms);

    internal static object?[] Row(params object?[] cells) => cells;

    internal static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
