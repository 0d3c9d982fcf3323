using System.Text;
using System.Text.Json;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>
/// One <see cref="ReportTable"/> in every format: a table for people, JSON for scripts, and CSV or
/// .xlsx (headers in the user's language) through the one table writer, to standard output or a file.
/// </summary>
internal static class ReportOutput
{
    public const string Xlsx = "xlsx";

    /// <summary>Refuses format/--out combinations before any work is done.</summary>
    public static void CheckDestination(string format, string? file)
    {
        if (format == Xlsx && string.IsNullOrWhiteSpace(file))
        {
            throw new InputValidationException("--out", CliText.XlsxNeedsOut);
        }

        if (format == OutputFormat.Table && !string.IsNullOrWhiteSpace(file))
        {
            throw new InputValidationException("--out", CliText.TableNotToFile);
        }
    }

    public static void Write(ReportTable report, string format, string? file, ITableWriter writer)
    {
        CheckDestination(format, file);
        switch (format)
        {
            case OutputFormat.Json when file is null:
                JsonOutput.Write(report.Data);
                break;
            case OutputFormat.Json:
                File.WriteAllText(file, JsonSerializer.Serialize(report.Data, JsonOutput.Options) + Environment.NewLine, new UTF8Encoding(false));
                Written(file, report);
                break;
            case OutputFormat.Csv or Xlsx:
                var tabular = format == Xlsx ? TabularFormat.Xlsx : TabularFormat.Csv;
                using (var output = file is null ? Console.OpenStandardOutput() : File.Create(file))
                {
                    writer.Write(output, tabular, report);
                }

                if (file is not null)
                {
                    Written(file, report);
                }

                break;
            default:
                if (report.Note is not null)
                {
                    Tables.Line(report.Note);
                }

                if (report.Basis is not null)
                {
                    Tables.Line(report.Basis);
                }

                var table = Tables.New([.. report.Headers]);
                foreach (var row in report.Rows)
                {
                    table.AddCells(row.Select((cell, i) => (object?)TableCells.Show(cell, report.Columns[i].Kind)).ToArray());
                }

                Tables.Write(table);
                break;
        }
    }

    private static void Written(string file, ReportTable report) =>
        Tables.Line(Labels.Format(CliText.ReportWritten, Path.GetFullPath(file), report.Rows.Count));
}
