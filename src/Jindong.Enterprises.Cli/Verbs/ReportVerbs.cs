using System.CommandLine;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;
using MediatR;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong report progress|townships|industries|gaps|efficiency|history`.</summary>
internal static class ReportVerbs
{
    public static Command Build()
    {
        var report = new Command("report", CliText.ReportDescription);
        report.Subcommands.Add(YearReport("progress", CliText.ReportProgressDescription, Progress));
        report.Subcommands.Add(YearReport("townships", CliText.ReportTownshipsDescription, Townships));
        report.Subcommands.Add(YearReport("industries", CliText.ReportIndustriesDescription, Industries));
        report.Subcommands.Add(YearReport("gaps", CliText.ReportGapsDescription, Gaps));
        report.Subcommands.Add(YearReport("efficiency", CliText.ReportEfficiencyDescription, Efficiency));
        report.Subcommands.Add(History());
        return report;
    }

    private static Command YearReport(string name, string description, Func<IMediator, int, CancellationToken, Task<ReportData>> build)
    {
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command(name, description) { year, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            ReportOutput.Write(await build(mediator, parse.GetValue(year), token), parse.GetValue(format)!, parse.GetValue(file));
        }, ct));
        return command;
    }

    private static async Task<ReportData> Progress(IMediator mediator, int year, CancellationToken ct)
    {
        var rows = await mediator.Send(new GetProgressReport(year), ct);
        return new ReportData(
            ["tier", "band", "cumulative", "base2020", "target2025", "cultivationGoal2025"],
            [CliText.ColumnImpliedTier, CliText.ColumnBand, CliText.ColumnCumulative, CliText.ColumnBase2020, CliText.ColumnTarget2025, CliText.ColumnGoal2025],
            rows.Select(r => new object?[] { r.Tier, r.Band, r.Cumulative, r.Base2020, r.Target2025, r.CultivationGoal2025 }).ToList(),
            rows,
            Labels.Format(CliText.ProgressNote, year));
    }

    private static async Task<ReportData> Townships(IMediator mediator, int year, CancellationToken ct)
    {
        var rows = await mediator.Send(new GetTownshipReport(year), ct);
        return new ReportData(
            ["township", "tier", "band", "cumulative"],
            [CliText.ColumnTownship, CliText.ColumnImpliedTier, CliText.ColumnBand, CliText.ColumnCumulative],
            rows.Select(r => new object?[] { r.Township, r.Tier, r.Band, r.Cumulative }).ToList(),
            rows,
            Labels.Format(CliText.GroupNote, year));
    }

    private static async Task<ReportData> Industries(IMediator mediator, int year, CancellationToken ct)
    {
        var rows = await mediator.Send(new GetIndustryReport(year), ct);
        return new ReportData(
            ["category", "industry", "segment", "tier", "band", "cumulative"],
            [CliText.ColumnCategory, CliText.ColumnIndustry, CliText.ColumnSegment, CliText.ColumnImpliedTier, CliText.ColumnBand, CliText.ColumnCumulative],
            rows.Select(r => new object?[] { r.Category, r.Industry, r.Segment ?? CliText.Unclassified, r.Tier, r.Band, r.Cumulative }).ToList(),
            rows,
            Labels.Format(CliText.GroupNote, year));
    }

    private static async Task<ReportData> Gaps(IMediator mediator, int year, CancellationToken ct)
    {
        var rows = await mediator.Send(new GetGapReport(year), ct);
        return new ReportData(
            ["id", "name", "township", "target", "output", "outputYear", "threshold", "gap", "requiredGrowth", "status"],
            [
                CliText.ColumnId, CliText.ColumnName, CliText.ColumnTownship, CliText.ColumnTarget, CliText.ColumnOutput, CliText.ColumnOutputYear,
                CliText.ColumnThreshold, CliText.ColumnGap, CliText.ColumnRequiredGrowth, CliText.ColumnStatus,
            ],
            rows.Select(r => new object?[] { r.Id, r.Name, r.Township, r.Target, r.Output, r.OutputYear, r.Threshold, r.Gap, r.RequiredGrowth, r.Status }).ToList(),
            rows,
            Labels.Format(CliText.GapsNote, year),
            row => [row[0], row[1], row[2], row[3], Labels.Amount((decimal?)row[4]), row[5], Labels.Amount((decimal?)row[6]), Labels.Amount((decimal?)row[7]), ReportOutput.Percent((double?)row[8]), ReviewOutput.Target((string)row[9]!)]);
    }

    private static async Task<ReportData> Efficiency(IMediator mediator, int year, CancellationToken ct)
    {
        var report = await mediator.Send(new GetEfficiencyReport(year), ct);
        return new ReportData(
            ["id", "name", "township", "land", "taxPerMu", "valueAddedPerMu", "lowEfficiency", "score", "class"],
            [
                CliText.ColumnId, CliText.ColumnName, CliText.ColumnTownship, CliText.ColumnLand, CliText.ColumnTaxPerMu, CliText.ColumnValueAddedPerMu,
                CliText.ColumnLowEfficiency, CliText.ColumnScore, CliText.ColumnClass,
            ],
            report.Rows.Select(r => new object?[] { r.Id, r.Name, r.Township, r.Land, r.TaxPerMu, r.ValueAddedPerMu, r.LowEfficiency, r.Score, r.Class }).ToList(),
            report,
            report.SchemeYear is { } schemeYear ? Labels.Format(CliText.EfficiencyNote, schemeYear, report.SchemeSource) : CliText.EfficiencyNoScheme,
            row => [row[0], row[1], row[2], Labels.Amount((decimal?)row[3]), Labels.Amount((decimal?)row[4]), Labels.Amount((decimal?)row[5]), ReportOutput.YesNo((bool?)row[6]), Labels.Amount((decimal?)row[7]), row[8]]);
    }

    private static Command History()
    {
        var firm = FirmArgument.Create();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("history", CliText.ReportHistoryDescription) { firm, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var history = await mediator.Send(new GetTierHistory(id), token);
            var data = new ReportData(
                ["year", "from", "to", "kind", "reason", "override", "reviewYear", "movedBy", "movedAt"],
                [CliText.ColumnYear, CliText.ColumnFrom, CliText.ColumnTo, CliText.ColumnKind, CliText.ColumnReason, CliText.ColumnOverride, CliText.ColumnReviewYear, CliText.ColumnActor, CliText.ColumnAt],
                history.Moves.Select(m => new object?[] { m.Year, m.From, m.To, m.Kind, m.Reason, m.IsOverride, m.ReviewYear, m.MovedBy, Labels.Time(m.MovedAt) }).ToList(),
                history,
                Labels.Format(CliText.HistoryHeading, history.Firm.Name, history.Firm.Id, Labels.OrUnknown(history.CurrentTier)),
                row => [row[0], Labels.OrUnknown((string?)row[1]), row[2], Labels.Kind((string)row[3]!), row[4], ReportOutput.YesNo((bool)row[5]!), row[6], row[7], row[8]]);
            ReportOutput.Write(data, parse.GetValue(format)!, parse.GetValue(file));
        }, ct));
        return command;
    }
}
