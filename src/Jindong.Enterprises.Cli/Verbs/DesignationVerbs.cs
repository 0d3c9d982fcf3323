using System.CommandLine;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong designations kinds|grant|end|correct|import|template`: the firms' designations (高企, 专精特新, 隐形冠军, 上市/挂牌 …).</summary>
internal static class DesignationVerbs
{
    public static Command Build()
    {
        var designations = new Command("designations", CliText.DesignationsDescription);
        designations.Subcommands.Add(Kinds());
        designations.Subcommands.Add(Grant());
        designations.Subcommands.Add(End());
        designations.Subcommands.Add(Correct());
        designations.Subcommands.Add(Import());
        designations.Subcommands.Add(Template());
        return designations;
    }

    private static Command Kinds()
    {
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var kinds = new Command("kinds", CliText.DesignationKindsDescription) { format };
        kinds.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var list = await mediator.Send(new ListDesignationKinds(), token);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(list);
                return;
            }

            var table = Tables.New(CliText.ColumnCode, CliText.ColumnDesignation, CliText.ColumnFamily, CliText.ColumnLevel, CliText.ColumnNature, CliText.ColumnValidYears, CliText.ColumnBoards, CliText.ColumnCounts);
            foreach (var k in list)
            {
                table.AddCells(k.Code, k.Name, k.Family, k.Level is { } l ? Codes.Label("level", l) : null, Codes.Label("nature", k.Nature),
                    k.ValidYears?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? CliText.UntilEnded, string.Join("、", k.Boards), string.Join("、", k.Counts));
            }

            Tables.Write(table);
        }, ct));

        var code = new Option<string>("--code") { Description = CliText.DesignationCodeOption, Required = true };
        var name = new Option<string>("--name") { Description = CliText.DesignationNameOption, Required = true };
        var family = new Option<string?>("--family") { Description = CliText.DesignationFamilyOption };
        var level = LevelOption();
        var nature = new Option<string>("--nature") { Description = CliText.DesignationNatureOption, DefaultValueFactory = _ => "recognition" };
        var validYears = new Option<int?>("--valid-years") { Description = CliText.DesignationValidYearsOption };
        var boards = new Option<string[]>("--board") { Description = CliText.DesignationBoardsOption, AllowMultipleArgumentsPerToken = false };
        var counts = new Option<string[]>("--counts") { Description = CliText.DesignationCountsOption };
        var add = new Command("add", CliText.DesignationKindAddDescription) { code, name, family, level, nature, validYears, boards, counts };
        add.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var kind = await mediator.Send(
                new AddDesignationKind(parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(family), parse.GetValue(level), parse.GetValue(nature)!,
                    parse.GetValue(validYears), parse.GetValue(boards), parse.GetValue(counts)),
                token);
            Tables.Line(Labels.Format(CliText.DesignationKindAdded, kind.Name, kind.Code));
        }, ct));
        kinds.Subcommands.Add(add);
        return kinds;
    }

    private static Command Grant()
    {
        var firm = FirmArgument.Create();
        var kind = new Option<string>("--kind") { Description = CliText.DesignationKindOption, Required = true };
        var level = LevelOption();
        var year = new Option<int>("--year") { Description = CliText.DesignationYearOption, Required = true };
        var number = new Option<string?>("--number") { Description = CliText.DesignationNumberOption };
        var board = new Option<string?>("--board") { Description = CliText.DesignationBoardOption };
        var validTo = new Option<DateOnly?>("--valid-to") { Description = CliText.DesignationValidToOption };
        var source = new Option<string?>("--source") { Description = CliText.DesignationSourceOption };
        var command = new Command("grant", CliText.DesignationGrantDescription) { firm, kind, level, year, number, board, validTo, source };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var view = await mediator.Send(
                new GrantDesignation(id, parse.GetValue(kind)!, parse.GetValue(year), parse.GetValue(level), parse.GetValue(number), parse.GetValue(board), parse.GetValue(validTo), parse.GetValue(source)),
                token);
            Tables.Line(Labels.Format(CliText.DesignationGranted, view.Id, view.Designation, view.Year, view.ValidTo is { } to ? ChinaTime.Show(to) : CliText.UntilEnded));
        }, ct));
        return command;
    }

    private static Command End()
    {
        var firm = FirmArgument.Create();
        var designation = new Argument<int>("designation") { Description = CliText.DesignationIdArgument };
        var how = new Option<string>("--how") { Description = CliText.DesignationHowOption, Required = true };
        var on = new Option<DateOnly?>("--on") { Description = CliText.DesignationOnOption };
        var reason = new Option<string>("--reason") { Description = CliText.ReasonOption, Required = true };
        var command = new Command("end", CliText.DesignationEndDescription) { firm, designation, how, on, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var view = await mediator.Send(new EndDesignation(id, parse.GetValue(designation), parse.GetValue(how)!, parse.GetValue(reason)!, parse.GetValue(on)), token);
            Tables.Line(Labels.Format(CliText.DesignationEnded, view.Designation, view.Year, Codes.Label("end", view.End!), ChinaTime.Show(view.EndedOn!.Value)));
        }, ct));
        return command;
    }

    private static Command Correct()
    {
        var firm = FirmArgument.Create();
        var designation = new Argument<int>("designation") { Description = CliText.DesignationIdArgument };
        var number = new Option<string?>("--number") { Description = CliText.DesignationNumberOption };
        var board = new Option<string?>("--board") { Description = CliText.DesignationBoardOption };
        var validTo = new Option<DateOnly?>("--valid-to") { Description = CliText.DesignationValidToOption };
        var source = new Option<string?>("--source") { Description = CliText.DesignationSourceOption };
        var clear = new Option<string[]>("--clear") { Description = CliText.DesignationClearOption };
        var reason = new Option<string?>("--reason") { Description = CliText.ReasonOption };
        var command = new Command("correct", CliText.DesignationCorrectDescription) { firm, designation, number, board, validTo, source, clear, reason };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var view = await mediator.Send(
                new CorrectDesignation(id, parse.GetValue(designation), parse.GetValue(number), parse.GetValue(board), parse.GetValue(validTo), parse.GetValue(source), parse.GetValue(clear), parse.GetValue(reason)),
                token);
            Tables.Line(Labels.Format(CliText.DesignationCorrected, view.Designation, view.Year));
        }, ct));
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = CliText.DesignationFileArgument };
        var kind = new Option<string?>("--kind") { Description = CliText.DesignationImportKindOption };
        var level = LevelOption();
        var year = new Option<int?>("--year") { Description = CliText.DesignationImportYearOption };
        var dryRun = new Option<bool>("--dry-run") { Description = CliText.DesignationDryRunOption };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import", CliText.DesignationImportDescription) { file, kind, level, year, dryRun, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var imported = await mediator.Send(new ImportDesignations(parse.GetValue(file)!, parse.GetValue(kind), parse.GetValue(year), parse.GetValue(level), parse.GetValue(dryRun)), token);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(imported);
                return;
            }

            Tables.Line(Labels.Format(imported.DryRun ? CliText.DesignationsDryRun : CliText.DesignationsImported, imported.File, imported.Rows, imported.Added, imported.Unchanged));
        }, ct));
        return command;
    }

    private static Command Template() =>
        TemplateVerb.Create(CliText.DesignationTemplateDescription, CliText.DesignationTemplateOutOption, DesignationsFile.Headers, DesignationsFile.ExampleRows);

    private static Option<string?> LevelOption() => new("--level") { Description = CliText.DesignationLevelOption };
}
