using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Json;
using Jindong.Enterprises.Cli.Resources;
using MiniExcelLibs;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>
/// One report in every format: a table for people, CSV (field names as header, like the firm
/// list) and JSON for scripts, .xlsx (headers in the user's language) for Excel.
/// </summary>
/// <param name="Fields">The camelCase field names, used as the CSV header.</param>
/// <param name="Headers">The column headers in the user's language (table and xlsx).</param>
/// <param name="Rows">The raw values; <paramref name="Display"/> turns a row into table cells.</param>
/// <param name="Json">What JSON output serialises.</param>
/// <param name="Note">How the report counts, printed above the table.</param>
internal sealed record ReportData(
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Headers,
    IReadOnlyList<object?[]> Rows,
    object Json,
    string? Note,
    Func<object?[], object?[]>? Display = null);

internal static class ReportOutput
{
    public const string Xlsx = "xlsx";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new UtcTimestampConverter() },
    };

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

    public static void Write(ReportData report, string format, string? file)
    {
        CheckDestination(format, file);
        switch (format)
        {
            case OutputFormat.Json when file is null:
                JsonOutput.Write(report.Json);
                break;
            case OutputFormat.Json:
                File.WriteAllText(file, JsonSerializer.Serialize(report.Json, JsonOptions) + Environment.NewLine, new UTF8Encoding(false));
                Written(file, report);
                break;
            case OutputFormat.Csv when file is null:
                CsvOutput.Write(report.Fields, report.Rows);
                break;
            case OutputFormat.Csv:
                CsvOutput.Write(file, report.Fields, report.Rows);
                Written(file, report);
                break;
            case Xlsx:
                var sheet = report.Rows.Select(row => (IDictionary<string, object?>)report.Headers.Zip(row).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
                MiniExcel.SaveAs(file!, sheet.ToList(), overwriteFile: true);
                Written(file!, report);
                break;
            default:
                if (report.Note is not null)
                {
                    Tables.Line(report.Note);
                }

                var table = Tables.New([.. report.Headers]);
                foreach (var row in report.Rows)
                {
                    table.AddCells(report.Display is null ? row : report.Display(row));
                }

                Tables.Write(table);
                break;
        }
    }

    public static string Percent(double? rate) => rate is { } r ? r.ToString("P2", CultureInfo.CurrentCulture) : string.Empty;

    public static string YesNo(bool? value) => value switch
    {
        true => CliText.Yes,
        false => CliText.No,
        null => string.Empty,
    };

    private static void Written(string file, ReportData report) =>
        Tables.Line(Labels.Format(CliText.ReportWritten, Path.GetFullPath(file), report.Rows.Count));
}
