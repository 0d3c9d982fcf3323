using System.CommandLine;
using Jindong.Enterprises.Application.Watch;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong watch ack|thresholds`: explaining a flagged value, and the watch lists' thresholds (the lists themselves: `report watch`).</summary>
internal static class WatchVerbs
{
    public static Command Build()
    {
        var watch = new Command("watch", CliText.WatchDescription);
        watch.Subcommands.Add(Acknowledge());
        watch.Subcommands.Add(Thresholds());
        return watch;
    }

    private static Command Acknowledge()
    {
        var firm = FirmArgument.Create();
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var check = new Option<string>("--check") { Description = CliText.WatchCheckOption, Required = true };
        var measure = new Option<string?>("--measure") { Description = CliText.WatchMeasureOption };
        var explanation = new Option<string>("--explanation") { Description = CliText.WatchExplanationOption, Required = true };
        var command = new Command("ack", CliText.WatchAckDescription) { firm, year, check, measure, explanation };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var note = await mediator.Send(new AcknowledgeFigureCheck(id, parse.GetValue(year), parse.GetValue(check)!, parse.GetValue(explanation)!, parse.GetValue(measure)), token);
            Tables.Line(Labels.Format(CliText.WatchAcknowledged, note.Year, note.Explanation));
        }, ct));
        return command;
    }

    private static Command Thresholds()
    {
        var share = new Option<decimal?>("--candidate-share") { Description = CliText.WatchCandidateShareOption };
        var margin = new Option<decimal?>("--risk-margin") { Description = CliText.WatchRiskMarginOption };
        var growth = new Option<decimal?>("--path-growth") { Description = CliText.WatchPathGrowthOption };
        var factor = new Option<decimal?>("--jump-factor") { Description = CliText.WatchJumpFactorOption };
        var reason = new Option<string?>("--reason") { Description = CliText.ReasonOption };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("thresholds", CliText.WatchThresholdsDescription) { share, margin, growth, factor, reason, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var values = new[] { parse.GetValue(share), parse.GetValue(margin), parse.GetValue(growth), parse.GetValue(factor) };
            var limits = values.All(v => v is null)
                ? await mediator.Send(new GetWatchThresholds(), token)
                : await mediator.Send(new SetWatchThresholds(values[0], values[1], values[2], values[3], parse.GetValue(reason)), token);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(limits);
                return;
            }

            Tables.Line(Labels.Format(CliText.WatchThresholdsLine, limits.CandidateShare, limits.RiskMargin, limits.PathGrowth, limits.JumpFactor));
        }, ct));
        return command;
    }
}
