using System.CommandLine;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong plan list|show|add|close|official`, `plan target set`, `plan targets import|template`.</summary>
internal static class PlanVerbs
{
    public static Command Build()
    {
        var plan = new Command("plan", CliText.PlanDescription);
        plan.Subcommands.Add(List());
        plan.Subcommands.Add(Show());
        plan.Subcommands.Add(Add());
        plan.Subcommands.Add(Close());
        plan.Subcommands.Add(Official());
        var target = new Command("target", CliText.PlanTargetDescription);
        target.Subcommands.Add(SetTarget());
        plan.Subcommands.Add(target);
        var targets = new Command("targets", CliText.PlanTargetsDescription);
        targets.Subcommands.Add(Import());
        targets.Subcommands.Add(Template());
        plan.Subcommands.Add(targets);
        return plan;
    }

    private static Command List()
    {
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("list", CliText.PlanListDescription) { format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            ReportOutput.Write(ReportTables.PlanList(await mediator.Send(new ListPlans(), token)), parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var code = new Argument<string>("code") { Description = CliText.PlanCodeArgument };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, ReportOutput.Xlsx);
        var file = new Option<string?>("--out") { Description = CliText.OutOption };
        var command = new Command("show", CliText.PlanShowDescription) { code, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, writer, token) =>
        {
            ReportOutput.CheckDestination(parse.GetValue(format)!, parse.GetValue(file));
            ReportOutput.Write(ReportTables.PlanTargets(await mediator.Send(new GetPlan(parse.GetValue(code)!), token)), parse.GetValue(format)!, parse.GetValue(file), writer);
        }, ct));
        return command;
    }

    private static Command Add()
    {
        var code = new Option<string>("--code") { Description = CliText.PlanCodeOption, Required = true };
        var title = new Option<string>("--title") { Description = CliText.PlanTitleOption, Required = true };
        var baseYear = new Option<int>("--base-year") { Description = CliText.PlanBaseYearOption, Required = true };
        var from = new Option<int>("--from") { Description = CliText.PlanFromOption, Required = true };
        var to = new Option<int>("--to") { Description = CliText.PlanToOption, Required = true };
        var source = new Option<string?>("--source") { Description = CliText.PlanSourceOption };
        var kind = new Option<string>("--kind") { Description = CliText.PlanKindOption, DefaultValueFactory = _ => "five-year" };
        var command = new Command("add", CliText.PlanAddDescription) { code, title, baseYear, from, to, source, kind };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var plan = await mediator.Send(
                new AddPlan(parse.GetValue(code)!, parse.GetValue(title)!, parse.GetValue(baseYear), parse.GetValue(from), parse.GetValue(to), parse.GetValue(source), parse.GetValue(kind)!),
                token);
            Tables.Line(Labels.Format(CliText.PlanAdded, plan.Code, plan.FirstYear, plan.LastYear, plan.BaseYear));
        }, ct));
        return command;
    }

    private static Command Close()
    {
        var plan = new Option<string>("--plan") { Description = CliText.PlanOption, Required = true };
        var reason = new Option<string>("--reason") { Description = CliText.ReasonOption, Required = true };
        var command = new Command("close", CliText.PlanCloseDescription) { plan, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var closed = await mediator.Send(new ClosePlan(parse.GetValue(plan)!, parse.GetValue(reason)!), token);
            Tables.Line(Labels.Format(CliText.PlanClosed, closed.Code));
        }, ct));
        return command;
    }

    private static Command Official()
    {
        var plan = new Option<string>("--plan") { Description = CliText.PlanOption, Required = true };
        var target = new Option<int>("--target-id") { Description = CliText.PlanTargetIdOption, Required = true };
        var value = new Option<string>("--value") { Description = CliText.PlanOfficialValueOption, Required = true };
        var source = new Option<string>("--source") { Description = CliText.PlanOfficialSourceOption, Required = true };
        var reached = new Option<bool?>("--reached") { Description = CliText.PlanReachedOption };
        var command = new Command("official", CliText.PlanOfficialDescription) { plan, target, value, source, reached };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var view = await mediator.Send(
                new RecordOfficialFigure(parse.GetValue(plan)!, parse.GetValue(target), parse.GetValue(value)!, parse.GetValue(source)!, parse.GetValue(reached)), token);
            Tables.Line(Labels.Format(CliText.PlanOfficialRecorded, view.Name, view.OfficialValue?.ToString(System.Globalization.CultureInfo.CurrentCulture) ?? view.OfficialText, view.OfficialSource));
        }, ct));
        return command;
    }

    private static Command SetTarget()
    {
        var plan = new Option<string>("--plan") { Description = CliText.PlanOption, Required = true };
        var tier = new Option<string?>("--tier") { Description = CliText.PlanTierOption };
        var indicator = new Option<string?>("--indicator") { Description = CliText.PlanIndicatorOption };
        var count = new Option<string?>("--count") { Description = CliText.PlanCountOption };
        var target = new Option<string>("--target") { Description = CliText.PlanTargetValueOption, Required = true };
        var @base = new Option<string?>("--base") { Description = CliText.PlanBaseOption };
        var unit = new Option<string?>("--unit") { Description = CliText.PlanUnitOption };
        var nature = new Option<string?>("--nature") { Description = CliText.PlanNatureOption };
        var category = new Option<string?>("--category") { Description = CliText.PlanCategoryOption };
        var name = new Option<string?>("--name") { Description = CliText.PlanNameOption };
        var township = new Option<string?>("--township") { Description = CliText.PlanTownshipOption };
        var year = new Option<int?>("--year") { Description = CliText.PlanYearOption };
        var source = new Option<string?>("--source") { Description = CliText.PlanTargetSourceOption };
        var reason = new Option<string?>("--reason") { Description = CliText.ReasonOption };
        var command = new Command("set", CliText.PlanTargetSetDescription) { plan, tier, indicator, count, target, @base, unit, nature, category, name, township, year, source, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var view = await mediator.Send(
                new SetPlanTarget(parse.GetValue(plan)!, parse.GetValue(target)!)
                {
                    Tier = parse.GetValue(tier),
                    Indicator = parse.GetValue(indicator),
                    Count = parse.GetValue(count),
                    Base = parse.GetValue(@base),
                    Unit = parse.GetValue(unit),
                    Nature = parse.GetValue(nature),
                    Category = parse.GetValue(category),
                    Name = parse.GetValue(name),
                    Township = parse.GetValue(township),
                    Year = parse.GetValue(year),
                    Source = parse.GetValue(source),
                    Reason = parse.GetValue(reason),
                },
                token);
            Tables.Line(Labels.Format(CliText.PlanTargetSet, view.Plan, view.Name, view.TargetText, view.Unit, view.Township ?? CliText.PlanDistrict, view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CliText.PlanLastYear));
        }, ct));
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = CliText.PlanTargetsFileArgument };
        var plan = new Option<string>("--plan") { Description = CliText.PlanOption, Required = true };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import", CliText.PlanTargetsImportDescription) { file, plan, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var imported = await mediator.Send(new ImportPlanTargets(parse.GetValue(plan)!, parse.GetValue(file)!), token);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(imported);
                return;
            }

            Tables.Line(Labels.Format(CliText.PlanTargetsImported, imported.Plan, imported.File, imported.Rows, imported.Added, imported.Changed, imported.Unchanged));
        }, ct));
        return command;
    }

    private static Command Template() =>
        TemplateVerb.Create(CliText.PlanTemplateDescription, CliText.PlanTemplateOutOption, PlanTargetsFile.Headers, PlanTargetsFile.ExampleRows);
}
