using System.CommandLine;
using System.Text;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong efficiency method show|add|import`: a year's 亩均 method as data.</summary>
internal static class EfficiencyMethodVerbs
{
    public static Command Build()
    {
        var method = new Command("method", CliText.EfficiencyMethodDescription);
        method.Subcommands.Add(Show());
        method.Subcommands.Add(Add());
        method.Subcommands.Add(Import());
        return method;
    }

    /// <summary>As a table, or (--format json, --out) as the method file `import` reads back.</summary>
    private static Command Show()
    {
        var year = EfficiencyVerbs.Year();
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var file = new Option<string?>("--out") { Description = CliText.MethodOutOption };
        var command = new Command("show", CliText.EfficiencyMethodShowDescription) { year, format, file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var method = await mediator.Send(new GetEfficiencyMethod(parse.GetValue(year)), token);
            if (parse.GetValue(file) is { } path)
            {
                File.WriteAllText(path, MethodJson.Write(method.Terms) + Environment.NewLine, new UTF8Encoding(false));
                Tables.Line(Labels.Format(CliText.MethodWrittenText, Path.GetFullPath(path)));
            }
            else if (parse.GetValue(format) == OutputFormat.Json)
            {
                Console.Out.WriteLine(MethodJson.Write(method.Terms));
            }
            else
            {
                EfficiencyOutput.Method(method);
            }
        }, ct));
        return command;
    }

    /// <summary>The usual start of a year: a copy of the latest earlier method (or --from's), then `import` with the new benchmarks.</summary>
    private static Command Add()
    {
        var year = EfficiencyVerbs.Year();
        var from = new Option<int?>("--from") { Description = CliText.MethodFromOption };
        var name = new Option<string?>("--name") { Description = CliText.MethodNameOption };
        var source = new Option<string?>("--source") { Description = CliText.MethodSourceOption };
        var command = new Command("add", CliText.EfficiencyMethodAddDescription) { year, from, name, source };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var method = await mediator.Send(new CopyEfficiencyMethod(parse.GetValue(year), parse.GetValue(from), parse.GetValue(name), parse.GetValue(source)), token);
            Tables.Line(Labels.Format(CliText.MethodAddedText, method.Year, method.Terms.Name));
        }, ct));
        return command;
    }

    private static Command Import()
    {
        var year = EfficiencyVerbs.Year();
        var file = new Argument<string>("file") { Description = CliText.MethodFileArgument };
        var command = new Command("import", CliText.EfficiencyMethodImportDescription) { file, year };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new InputValidationException("file", Labels.Format(CliText.MethodFileNotFound, path));
            }

            var method = await mediator.Send(new DefineEfficiencyMethod(parse.GetValue(year), MethodJson.Read(await File.ReadAllTextAsync(path, token))), token);
            Tables.Line(Labels.Format(CliText.MethodImportedText, method.Year, method.Version, method.Terms.Name, method.Terms.Indicators.Count, method.Terms.Classes.Count));
        }, ct));
        return command;
    }
}
