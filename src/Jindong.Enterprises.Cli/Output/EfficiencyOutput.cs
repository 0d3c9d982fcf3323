using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>How the 亩均 method, the workflow's flags and objections, a what-if and a firm's record look in the terminal.</summary>
internal static class EfficiencyOutput
{
    public static void Method(MethodView method)
    {
        var terms = method.Terms;
        Tables.Heading(Labels.Format(CliText.MethodHeading, method.Year, terms.Name, method.Version, method.UpdatedBy, Labels.Time(method.UpdatedAt)));
        Tables.Line(Labels.Format(CliText.MethodSourceLine, terms.Source));
        var indicators = Tables.New(CliText.ColumnPopulation, CliText.ColumnIndicator, CliText.ColumnFormula, CliText.ColumnWeight, CliText.ColumnBenchmark, CliText.ColumnCap);
        foreach (var i in terms.Indicators)
        {
            indicators.AddCells(Codes.Label(i.Population), i.Name, $"{i.Numerator.Label()} ÷ {i.Denominator.Label()}", Labels.Amount(i.Weight), Labels.Amount(i.Benchmark), Labels.Amount(i.Cap));
        }

        Tables.Write(indicators);
        var classes = Tables.New(CliText.ColumnClass, CliText.ColumnClassName, CliText.ColumnUpToPercent, CliText.ColumnMinScore);
        foreach (var c in terms.Classes)
        {
            classes.AddCells(c.Code, c.Name, Labels.Amount(c.UpToPercent), Labels.Amount(c.MinScore));
        }

        Tables.Write(classes);
        Tables.Line(Labels.Format(
            CliText.MethodRulesLine,
            Codes.Label(terms.Missing),
            Codes.Label(terms.ClassBy),
            terms.MinimumRanked?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CliText.NotSet,
            Labels.Amount(terms.LowEfficiency.TaxPerMu),
            terms.LowEfficiency.Inclusive ? "≤" : "<"));
        Tables.Line(Labels.Format(
            CliText.MethodExemptionsLine,
            terms.Exemptions.NewFirmYears?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CliText.NotSet,
            terms.Exemptions.BuildPeriodYears?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CliText.NotSet,
            terms.Exemptions.Kinds.Count == 0 ? CliText.NotSet : string.Join("、", terms.Exemptions.Kinds)));
    }

    /// <summary>Under the results table: where the year stands, its open flags and its objections.</summary>
    public static void Workflow(EvaluationView view)
    {
        Tables.Line(Labels.Format(CliText.EvaluationStatusLine, Codes.Label("evaluation", view.Status), view.Runs, view.RunBy, Labels.Time(view.RunAt)));
        if (view.PublicityStart is { } start)
        {
            Tables.Line(Labels.Format(CliText.PublicityLine, ChinaTime.Show(start), view.PublicityEnd is { } end ? ChinaTime.Show(end) : string.Empty));
        }

        if (view.MethodChangedSinceRun)
        {
            Tables.Line(CliText.MethodChangedSinceRunLine);
        }

        if (view.Flags.Count > 0)
        {
            var flags = Tables.New(CliText.ColumnId, CliText.ColumnName, CliText.ColumnReason, CliText.ColumnActor, CliText.ColumnState);
            foreach (var f in view.Flags)
            {
                flags.AddCells(f.Firm.Id, f.Firm.Name, f.Flag.Reason, f.Flag.FlaggedBy, Codes.Label("flag", f.Flag.FlagStatus));
            }

            Tables.Write(flags);
        }

        if (view.Objections.Count > 0)
        {
            var objections = Tables.New(CliText.ColumnId, CliText.ColumnName, CliText.ColumnReason, CliText.ColumnAttachment, CliText.ColumnDecision, CliText.ColumnClassChange);
            foreach (var o in view.Objections)
            {
                var x = o.Objection;
                objections.AddCells(o.Firm.Id, o.Firm.Name, x.Reason, x.Attachment ?? string.Empty, Codes.Label("objection", x.Decision) + (x.DecisionReason is null ? string.Empty : "：" + x.DecisionReason),
                    x.DecidedAt is null ? string.Empty : $"{Labels.OrUnknown(x.ClassBefore)} → {Labels.OrUnknown(x.ClassAfter)}");
            }

            Tables.Write(objections);
        }
    }

    public static void WhatIf(WhatIfView answer, string format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(answer);
            return;
        }

        var measure = MeasureFields.TryParseKey(answer.Measure, out var m) ? m.Label() : answer.Measure;
        Tables.Line(
            answer.AlreadyThere ? Labels.Format(CliText.WhatIfAlreadyText, answer.Firm.Name, answer.Year, Labels.OrUnknown(answer.ClassNow), answer.ToClass)
            : answer.Needed is { } needed ? Labels.Format(CliText.WhatIfNeededText, answer.Firm.Name, answer.Year, Labels.OrUnknown(answer.ClassNow), answer.ToClass, measure, Labels.Amount(answer.Current), Labels.Amount(needed), Labels.Amount(answer.Change), Labels.Amount(answer.ScoreAtNeeded), answer.RankAtNeeded)
            : Labels.Format(CliText.WhatIfUnreachableText, answer.Firm.Name, answer.ToClass, measure));
        if (answer.TaxToClearLine is { } tax)
        {
            Tables.Line(Labels.Format(CliText.WhatIfLineText, Labels.Amount(tax), Labels.Amount(answer.Land)));
        }
    }

    public static void Firm(FirmEfficiencyView record, string format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(record);
            return;
        }

        Tables.Heading(Labels.Format(CliText.FirmEfficiencyHeading, record.Firm.Name, record.Firm.Id));
        var history = Tables.New(CliText.ColumnYear, CliText.ColumnState, CliText.ColumnPopulation, CliText.ColumnTaxPerMu, CliText.ColumnScore, CliText.ColumnRank, CliText.ColumnClass);
        foreach (var h in record.History)
        {
            history.AddCells(h.Year, Codes.Label("evaluation", h.Status), Codes.Label("population", h.Population), Labels.Amount(h.TaxPerMu), Labels.Amount(h.Score),
                h.Rank is null ? string.Empty : $"{h.Rank}/{h.RankedCount}", h.Class is null ? (h.Exemption is { } e ? Codes.Label("exemption", e) : string.Empty) : $"{h.Class} {h.ClassName}");
        }

        Tables.Write(history);
        foreach (var c in record.Cases)
        {
            Tables.Line(Labels.Format(CliText.CaseLine, c.Year, c.Township, Labels.Amount(c.TaxPerMu), c.Action is null ? CliText.Unknown : Codes.Label("action", c.Action),
                c.Deadline is { } deadline ? ChinaTime.Show(deadline) : CliText.NotSet, Codes.Label("case", c.CaseStatus), c.Outcome ?? c.Notes ?? string.Empty));
        }

        foreach (var p in record.Parcels)
        {
            Tables.Line(Labels.Format(CliText.ParcelLine, p.Number, Labels.Amount(p.AreaMu), Codes.Label("tenure", p.Tenure), p.FromYear, p.ToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"));
        }
    }
}
