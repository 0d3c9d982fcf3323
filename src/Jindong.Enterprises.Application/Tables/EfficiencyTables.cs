using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Figures;
using MediatR;
using static Jindong.Enterprises.Application.Tables.ReportTables;

namespace Jindong.Enterprises.Application.Tables;

/// <summary>The 亩均 evaluation's tables (<see cref="ReportTables"/> lists them by kind): the year's results, the class distribution, the remediation cases, one firm's explanation.</summary>
public static class EfficiencyTables
{
    public static ReportTable Evaluation(string kind, int year, EvaluationView? evaluation)
    {
        var note = evaluation is null
            ? Format(DisplayText.NoteEfficiencyNotRun, year)
            : Format(DisplayText.NoteEfficiency, Codes.Label("evaluation", evaluation.Status), evaluation.MethodName, evaluation.MethodSource);
        return new(kind, TitleOf(kind), note,
            [Count("id", DisplayText.ColumnId), new("name", DisplayText.ColumnName), new("township", DisplayText.ColumnTownship), new("population", DisplayText.ColumnPopulation),
             Amount("land", DisplayText.ColumnLand), new("landSource", DisplayText.ColumnLandSource), Amount("taxPerMu", DisplayText.ColumnTaxPerMu),
             Amount("valueAddedPerMu", DisplayText.ColumnValueAddedPerMu), new("lowEfficiency", DisplayText.ColumnLowEfficiency, CellKind.Flag),
             Amount("score", DisplayText.ColumnScore), Count("rank", DisplayText.ColumnRank), Count("rankedCount", DisplayText.ColumnRankedCount),
             new("class", DisplayText.ColumnClass), new("note", DisplayText.ColumnNote)],
            (evaluation?.Rows ?? []).Select(r => Row(
                r.Id, r.Name, r.Township, Codes.Label("population", r.Population), r.Land, Codes.Label("land", r.LandSource), r.TaxPerMu, r.ValueAddedPerMu,
                r.LowEfficiency, r.Score, r.Rank, r.RankedCount, r.Class is null ? null : $"{r.Class} {r.ClassName}", NoteOf(r))).ToList(),
            (object?)evaluation ?? new { year, status = (string?)null, rows = Array.Empty<EvaluationRow>() });
    }

    public static ReportTable Classes(string kind, int year, IReadOnlyList<DistributionRow> rows) =>
        new(kind, TitleOf(kind), Format(DisplayText.NoteClasses, year),
            [new("year", DisplayText.ColumnYear, CellKind.Year), new("status", DisplayText.ColumnStatus), new("population", DisplayText.ColumnPopulation),
             new("class", DisplayText.ColumnClass), Count("count", DisplayText.ColumnCount), new("share", DisplayText.ColumnShare, CellKind.Percent)],
            rows.Select(r => Row(r.Year, Codes.Label("evaluation", r.Status), Codes.Label("population", r.Population), $"{r.Class} {r.ClassName}", r.Count, r.Share)).ToList(),
            rows);

    public static ReportTable Remediation(string kind, int year, IReadOnlyList<RemediationRow> rows) =>
        new(kind, TitleOf(kind), Format(DisplayText.NoteRemediation, year, string.Join("；", rows.GroupBy(r => r.Township).Select(g => $"{g.Key} {g.Count()}"))),
            [new("township", DisplayText.ColumnResponsibleTownship), Count("id", DisplayText.ColumnId), new("name", DisplayText.ColumnName), new("year", DisplayText.ColumnCaseYear, CellKind.Year),
             Amount("taxPerMu", DisplayText.ColumnTaxPerMu), new("action", DisplayText.ColumnAction), new("deadline", DisplayText.ColumnDeadline),
             new("status", DisplayText.ColumnStatus), new("notes", DisplayText.ColumnNotes)],
            rows.Select(r => Row(
                r.Township, r.Id, r.Name, r.Case.Year, r.Case.TaxPerMu, r.Case.Action is { } a ? Codes.Label("action", a) : null,
                r.Case.Deadline is { } deadline ? ChinaTime.Show(deadline) : null, Codes.Label("case", r.Case.CaseStatus),
                r.Case.Outcome ?? r.Case.Notes)).ToList(),
            rows);

    /// <summary>One firm's explanation: a row per indicator; the note says the land, the score, the rank and why the class.</summary>
    public static async Task<ReportTable> ExplanationAsync(IMediator mediator, int year, int enterpriseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        var view = await mediator.Send(new GetEfficiencyExplanation(year, enterpriseId), ct);
        var note = Format(
            DisplayText.NoteExplanation,
            view.Firm.Name,
            view.Year,
            Codes.Label("population", view.Population),
            TableCells.Amount(view.Land),
            Codes.Label("land", view.LandSource),
            TableCells.Amount(view.TaxPerMu),
            view.LowEfficiency is true ? DisplayText.Yes : DisplayText.No,
            TableCells.Amount(view.Score),
            ExplanationText.ClassReason(view),
            Codes.Label("missing", view.MissingRule));
        return new("explanation", DisplayText.TitleExplanation, note,
            [Count("order", DisplayText.ColumnOrder), new("name", DisplayText.ColumnIndicator), new("numerator", DisplayText.ColumnNumerator), Amount("numeratorValue", DisplayText.ColumnNumeratorValue),
             new("denominator", DisplayText.ColumnDenominator), Amount("denominatorValue", DisplayText.ColumnDenominatorValue), Amount("value", DisplayText.ColumnValue),
             Amount("benchmark", DisplayText.ColumnBenchmark), Amount("weight", DisplayText.ColumnWeight), Amount("cap", DisplayText.ColumnCap), Amount("score", DisplayText.ColumnLineScore),
             new("rule", DisplayText.ColumnRule)],
            view.Lines.Select(l => Row(
                l.Order + 1, l.Name, LabelOf(l.Numerator), l.NumeratorValue, LabelOf(l.Denominator), l.DenominatorValue, l.Value, l.Benchmark, l.Weight, l.Cap, l.Score,
                Codes.Label("rule", l.Rule))).ToList(),
            view);
    }

    private static string LabelOf(string measureKey) => MeasureFields.TryParseKey(measureKey, out var measure) ? measure.Label() : measureKey;

    private static string? NoteOf(EvaluationRow row) =>
        row.Exemption is { } e ? Codes.Label("exemption", e)
        : row.Unclassed is { } u ? Codes.Label("unclassed", u)
        : row.Recomputed ? DisplayText.Recomputed
        : null;
}
