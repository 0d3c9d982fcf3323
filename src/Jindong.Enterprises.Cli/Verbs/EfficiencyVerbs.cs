using System.CommandLine;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>
/// `jindong efficiency`: the 亩均效益综合评价 of a year — its method (<see cref="EfficiencyMethodVerbs"/>),
/// run, show, flag, dismiss, publish, object, decide, finalize, explain, whatif — and a firm's
/// record (<see cref="EfficiencyFirmVerbs"/>).
/// </summary>
internal static class EfficiencyVerbs
{
    public static Command Build()
    {
        var efficiency = new Command("efficiency", CliText.EfficiencyDescription);
        efficiency.Subcommands.Add(EfficiencyMethodVerbs.Build());
        efficiency.Subcommands.Add(Run());
        efficiency.Subcommands.Add(Show());
        efficiency.Subcommands.Add(Flag());
        efficiency.Subcommands.Add(Dismiss());
        efficiency.Subcommands.Add(Publish());
        efficiency.Subcommands.Add(Object());
        efficiency.Subcommands.Add(Decide());
        efficiency.Subcommands.Add(Finalize());
        efficiency.Subcommands.Add(Explain());
        efficiency.Subcommands.Add(WhatIf());
        foreach (var command in EfficiencyFirmVerbs.Build())
        {
            efficiency.Subcommands.Add(command);
        }

        return efficiency;
    }

    public static Option<int> Year() => new("--year") { Description = CliText.YearOption, Required = true };

    private static Option<string> Reason() => new("--reason") { Description = CliText.ReasonOption, Required = true };

    private static Command Run()
    {
        var year = Year();
        var command = new Command("run", CliText.EfficiencyRunDescription) { year };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var run = await mediator.Send(new RunEfficiencyEvaluation(parse.GetValue(year)), token);
            Tables.Line(Labels.Format(CliText.EfficiencyRanText, run.Year, run.Runs, run.Evaluated, run.Classed, run.Exempt, run.LowEfficiency, run.WithoutFigures, run.FlagsClosed));
        }, ct));
        return command;
    }

    /// <summary>The year's results: the `efficiency` report, plus the open flags and the objections.</summary>
    private static Command Show()
    {
        var year = Year();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("show", CliText.EfficiencyShowDescription) { year, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            var view = await mediator.Send(new GetEfficiencyEvaluation(parse.GetValue(year)), token);
            ReportOutput.Write(EfficiencyTables.Evaluation("efficiency", view.Year, view), parse.GetValue(format)!, parse.GetValue(file), writer);
            if (parse.GetValue(format) == OutputFormat.Table)
            {
                EfficiencyOutput.Workflow(view);
            }
        }, ct));
        return command;
    }

    private static Command Flag()
    {
        var (year, firm, reason) = (Year(), FirmArgument.Create(), Reason());
        var command = new Command("flag", CliText.EfficiencyFlagDescription) { firm, year, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            await mediator.Send(new FlagEfficiencyResult(parse.GetValue(year), id, parse.GetValue(reason)!), token);
            Tables.Line(CliText.EfficiencyFlaggedText);
        }, ct));
        return command;
    }

    private static Command Dismiss()
    {
        var (year, firm, reason) = (Year(), FirmArgument.Create(), Reason());
        var command = new Command("dismiss", CliText.EfficiencyDismissDescription) { firm, year, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            await mediator.Send(new DismissEfficiencyFlag(parse.GetValue(year), id, parse.GetValue(reason)!), token);
            Tables.Line(CliText.EfficiencyDismissedText);
        }, ct));
        return command;
    }

    private static Command Publish()
    {
        var year = Year();
        var until = new Option<DateOnly>("--until") { Description = CliText.PublicityUntilOption, Required = true };
        var from = new Option<DateOnly?>("--from") { Description = CliText.PublicityFromOption };
        var command = new Command("publish", CliText.EfficiencyPublishDescription) { year, until, from };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var published = await mediator.Send(new PublishEfficiencyEvaluation(parse.GetValue(year), parse.GetValue(until), parse.GetValue(from)), token);
            Tables.Line(Labels.Format(CliText.EfficiencyPublishedText, published.Year, ChinaTime.Show(published.Start), ChinaTime.Show(published.End)));
        }, ct));
        return command;
    }

    private static Command Object()
    {
        var (year, firm, reason) = (Year(), FirmArgument.Create(), Reason());
        var attachment = new Option<string?>("--attachment") { Description = CliText.AttachmentOption };
        var command = new Command("object", CliText.EfficiencyObjectDescription) { firm, year, reason, attachment };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            await mediator.Send(new RecordEfficiencyObjection(parse.GetValue(year), id, parse.GetValue(reason)!, parse.GetValue(attachment)), token);
            Tables.Line(CliText.EfficiencyObjectionRecordedText);
        }, ct));
        return command;
    }

    private static Command Decide()
    {
        var (year, firm, reason) = (Year(), FirmArgument.Create(), Reason());
        var uphold = new Option<bool>("--uphold") { Description = CliText.UpholdOption };
        var reject = new Option<bool>("--reject") { Description = CliText.RejectObjectionOption };
        var command = new Command("decide", CliText.EfficiencyDecideDescription) { firm, year, uphold, reject, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            if (parse.GetValue(uphold) == parse.GetValue(reject))
            {
                throw new InputValidationException("--uphold", CliText.ObjectionDecisionRequired);
            }

            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var decided = await mediator.Send(new DecideEfficiencyObjection(parse.GetValue(year), id, parse.GetValue(uphold), parse.GetValue(reason)!), token);
            Tables.Line(Labels.Format(
                CliText.EfficiencyDecidedText,
                Codes.Label("objection", decided.Decision),
                Labels.OrUnknown(decided.ClassBefore),
                Labels.Amount(decided.ScoreBefore),
                Labels.OrUnknown(decided.ClassAfter),
                Labels.Amount(decided.ScoreAfter)));
        }, ct));
        return command;
    }

    private static Command Finalize()
    {
        var year = Year();
        var command = new Command("finalize", CliText.EfficiencyFinalizeDescription) { year };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var final = await mediator.Send(new FinalizeEfficiencyEvaluation(parse.GetValue(year)), token);
            Tables.Line(Labels.Format(CliText.EfficiencyFinalizedText, final.Year, final.CasesOpened, final.CasesCleared));
        }, ct));
        return command;
    }

    private static Command Explain()
    {
        var (year, firm) = (Year(), FirmArgument.Create());
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("explain", CliText.EfficiencyExplainDescription) { firm, year, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            ReportOutput.Write(await EfficiencyTables.ExplanationAsync(mediator, parse.GetValue(year), id, token), parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }

    private static Command WhatIf()
    {
        var (year, firm) = (Year(), FirmArgument.Create());
        var to = new Option<string>("--to") { Description = CliText.WhatIfToOption, Required = true };
        var measure = new Option<string>("--measure") { Description = CliText.WhatIfMeasureOption, DefaultValueFactory = _ => "tax" };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("whatif", CliText.EfficiencyWhatIfDescription) { firm, year, to, measure, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var answer = await mediator.Send(new GetEfficiencyWhatIf(parse.GetValue(year), id, parse.GetValue(to)!, parse.GetValue(measure)!), token);
            EfficiencyOutput.WhatIf(answer, parse.GetValue(format)!);
        }, ct));
        return command;
    }
}
