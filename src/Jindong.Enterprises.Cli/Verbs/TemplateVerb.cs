using System.CommandLine;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`… template --out FILE`: a file layout's headers and example rows, as .xlsx or CSV by the file's extension.</summary>
internal static class TemplateVerb
{
    public static Command Create(string description, string outDescription, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var file = new Option<string>("--out") { Description = outDescription, Required = true };
        var command = new Command("template", description) { file };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, (_, writer, _) =>
        {
            var path = parse.GetValue(file)!;
            var format = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? TabularFormat.Xlsx : TabularFormat.Csv;
            using (var output = File.Create(path))
            {
                writer.Write(output, format, headers, rows);
            }

            Tables.Line(Labels.Format(CliText.ReportWritten, Path.GetFullPath(path), rows.Count));
            return Task.CompletedTask;
        }, ct));
        return command;
    }
}
