using System.CommandLine;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong report progress|townships|industries|gaps|efficiency|classes|remediation|indicators|designations|expiring|watch|evaluation|history`: the reports of <see cref="ReportTables"/>.</summary>
internal static class ReportVerbs
{
    public static Command Build()
    {
        var report = new Command("report", CliText.ReportDescription);
        report.Subcommands.Add(YearReport("progress", CliText.ReportProgressDescription));
        report.Subcommands.Add(YearReport("townships", CliText.ReportTownshipsDescription));
        report.Subcommands.Add(YearReport("industries", CliText.ReportIndustriesDescription));
        report.Subcommands.Add(YearReport("gaps", CliText.ReportGapsDescription));
        report.Subcommands.Add(YearReport("efficiency", CliText.ReportEfficiencyDescription));
        report.Subcommands.Add(YearReport("classes", CliText.ReportClassesDescription));
        report.Subcommands.Add(YearReport("remediation", CliText.ReportRemediationDescription));
        report.Subcommands.Add(YearReport("indicators", CliText.ReportIndicatorsDescription));
        report.Subcommands.Add(YearReport("designations", CliText.ReportDesignationsDescription));
        report.Subcommands.Add(YearReport("expiring", CliText.ReportExpiringDescription));
        report.Subcommands.Add(Watch());
        report.Subcommands.Add(PlanReport("evaluation", CliText.ReportEvaluationDescription));
        report.Subcommands.Add(History());
        return report;
    }

    private static Command YearReport(string kind, string description)
    {
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var asOf = new Option<DateOnly?>("--as-of") { Description = CliText.AsOfOption };
        var command = new Command(kind, description) { year, format, file, asOf };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            var report = await ReportTables.ForYearAsync(mediator, kind, parse.GetValue(year), token, parse.GetValue(asOf));
            ReportOutput.Write(report!, parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }

    private static Command Watch()
    {
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var township = new Option<string?>("--township") { Description = CliText.TownshipOption };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("watch", CliText.ReportWatchDescription) { year, township, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            ReportOutput.Write(await ReportTables.WatchAsync(mediator, parse.GetValue(year), parse.GetValue(township), token), parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }

    private static Command PlanReport(string kind, string description)
    {
        var plan = new Option<string>("--plan") { Description = CliText.PlanOption, Required = true };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command(kind, description) { plan, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            var report = await ReportTables.ForPlanAsync(mediator, kind, parse.GetValue(plan)!, token);
            ReportOutput.Write(report!, parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }

    private static Command History()
    {
        var firm = FirmArgument.Create();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("history", CliText.ReportHistoryDescription) { firm, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            ReportOutput.Write(await ReportTables.HistoryAsync(mediator, id, token), parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }
}
