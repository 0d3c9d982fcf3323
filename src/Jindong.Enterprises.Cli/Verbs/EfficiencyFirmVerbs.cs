using System.CommandLine;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong efficiency land|profile|case|history`: what the evaluation reads of a firm, its remediation case and its classes by year.</summary>
internal static class EfficiencyFirmVerbs
{
    public static IEnumerable<Command> Build() => [Land(), Profile(), Case(), History()];

    private static Command Land()
    {
        var land = new Command("land", CliText.EfficiencyLandDescription);
        var firm = FirmArgument.Create();
        var number = new Option<string>("--number") { Description = CliText.ParcelNumberOption, Required = true };
        var area = new Option<decimal>("--area") { Description = CliText.ParcelAreaOption, Required = true };
        var tenure = new Option<string>("--tenure") { Description = CliText.ParcelTenureOption, Required = true };
        var from = new Option<int>("--from") { Description = CliText.ParcelFromOption, Required = true };
        var to = new Option<int?>("--to") { Description = CliText.ParcelToOption };
        var add = new Command("add", CliText.EfficiencyLandAddDescription) { firm, number, area, tenure, from, to };
        add.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var parcel = await mediator.Send(new RecordLandParcel(id, parse.GetValue(number)!, parse.GetValue(area), parse.GetValue(tenure)!, parse.GetValue(from), parse.GetValue(to)), token);
            Tables.Line(Labels.Format(CliText.ParcelRecordedText, parcel.Number, Labels.Amount(parcel.AreaMu), Application.Common.Codes.Label("tenure", parcel.Tenure)));
        }, ct));

        var removedFirm = FirmArgument.Create();
        var removedNumber = new Option<string>("--number") { Description = CliText.ParcelNumberOption, Required = true };
        var remove = new Command("remove", CliText.EfficiencyLandRemoveDescription) { removedFirm, removedNumber };
        remove.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(removedFirm)!, token);
            var parcel = await mediator.Send(new RemoveLandParcel(id, parse.GetValue(removedNumber)!), token);
            Tables.Line(Labels.Format(CliText.ParcelRemovedText, parcel.Number));
        }, ct));
        land.Subcommands.Add(add);
        land.Subcommands.Add(remove);
        return land;
    }

    private static Command Profile()
    {
        var firm = FirmArgument.Create();
        var established = new Option<int?>("--established") { Description = CliText.EstablishedOption };
        var kind = new Option<string?>("--kind") { Description = CliText.FirmKindOption };
        var command = new Command("profile", CliText.EfficiencyProfileDescription) { firm, established, kind };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var profile = await mediator.Send(new SetEfficiencyProfile(id, parse.GetValue(established), parse.GetValue(kind)), token);
            Tables.Line(Labels.Format(CliText.ProfileSetText, profile.EstablishedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CliText.Unknown, Labels.OrUnknown(profile.Kind)));
        }, ct));
        return command;
    }

    private static Command Case()
    {
        var remediation = new Command("case", CliText.EfficiencyCaseDescription);
        var firm = FirmArgument.Create();
        var action = new Option<string?>("--action") { Description = CliText.CaseActionOption };
        var deadline = new Option<DateOnly?>("--deadline") { Description = CliText.CaseDeadlineOption };
        var started = new Option<bool>("--in-progress") { Description = CliText.CaseInProgressOption };
        var notes = new Option<string?>("--notes") { Description = CliText.CaseNotesOption };
        var plan = new Command("plan", CliText.EfficiencyCasePlanDescription) { firm, action, deadline, started, notes };
        plan.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var planned = await mediator.Send(new PlanRemediation(id, parse.GetValue(action), parse.GetValue(deadline), parse.GetValue(started), parse.GetValue(notes)), token);
            Tables.Line(Labels.Format(CliText.CasePlannedText, planned.Year, Application.Common.Codes.Label("case", planned.CaseStatus)));
        }, ct));

        var closedFirm = FirmArgument.Create();
        var outcome = new Option<string>("--outcome") { Description = CliText.CaseOutcomeOption, Required = true };
        var close = new Command("close", CliText.EfficiencyCaseCloseDescription) { closedFirm, outcome };
        close.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(closedFirm)!, token);
            var closed = await mediator.Send(new CloseRemediation(id, parse.GetValue(outcome)!), token);
            Tables.Line(Labels.Format(CliText.CaseClosedText, closed.Year));
        }, ct));
        remediation.Subcommands.Add(plan);
        remediation.Subcommands.Add(close);
        return remediation;
    }

    private static Command History()
    {
        var firm = FirmArgument.Create();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("history", CliText.EfficiencyHistoryDescription) { firm, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            EfficiencyOutput.Firm(await mediator.Send(new GetFirmEfficiency(id), token), parse.GetValue(format)!);
        }, ct));
        return command;
    }
}
