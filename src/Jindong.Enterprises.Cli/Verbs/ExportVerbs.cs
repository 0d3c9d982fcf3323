using System.CommandLine;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong export firms|figures`.</summary>
internal static class ExportVerbs
{
    public static Command Build()
    {
        var export = new Command("export", CliText.ExportDescription);
        export.Subcommands.Add(Firms());
        export.Subcommands.Add(Figures());
        return export;
    }

    private static Command Firms()
    {
        var (format, output) = FileOptions();
        var command = new Command("firms", CliText.ExportFirmsDescription) { format, output };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var path = parse.GetValue(output)!;
            await using var file = Create(path);
            var count = await mediator.Send(new ExportFirms(FormatOf(parse.GetValue(format), path)) { Output = file }, token);
            Tables.Line(Labels.Format(CliText.ExportDone, count, path));
        }, ct));
        return command;
    }

    private static Command Figures()
    {
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var (format, output) = FileOptions();
        var command = new Command("figures", CliText.ExportFiguresDescription) { year, format, output };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var path = parse.GetValue(output)!;
            await using var file = Create(path);
            var count = await mediator.Send(new ExportFigures(parse.GetValue(year), FormatOf(parse.GetValue(format), path)) { Output = file }, token);
            Tables.Line(Labels.Format(CliText.ExportDone, count, path));
        }, ct));
        return command;
    }

    private static (Option<string?> Format, Option<string> Output) FileOptions()
    {
        var format = new Option<string?>("--format") { Description = CliText.ExportFormatOption };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<string>("--out") { Description = CliText.ExportOutOption, Required = true };
        return (format, output);
    }

    private static FileStream Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return File.Create(path);
    }

    /// <summary>--format when given, else the file's extension, else CSV.</summary>
    private static TabularFormat FormatOf(string? format, string path) =>
        TabularFormats.TryParse(format, out var named) ? named : TabularFormats.TryFromPath(path, out var byExtension) ? byExtension : TabularFormat.Csv;
}
