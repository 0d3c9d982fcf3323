using System.Globalization;
using System.Text;
using CsvHelper;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;

namespace Jindong.Enterprises.Infrastructure.Export;

/// <summary>
/// The one table writer: CSV as UTF-8 with a BOM (so Chinese Excel opens it) or .xlsx
/// (<see cref="XlsxSheetWriter"/>), both streaming the rows to the caller's stream (a file, standard
/// output, an HTTP response) without temporary files. Numbers stay numbers, written in the invariant
/// culture without trailing zeros. The formula guard: in CSV, text a spreadsheet would run as a
/// formula gets OWASP's apostrophe; in .xlsx every text is a string cell, which no spreadsheet runs.
/// </summary>
internal sealed class TableWriter : ITableWriter
{
    public int Write(Stream output, TabularFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, SheetLayout? sheet = null) =>
        format == TabularFormat.Xlsx ? XlsxSheetWriter.Write(output, header, rows, sheet) : WriteCsv(output, header, rows);

    private static int WriteCsv(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        output.Write(Encoding.UTF8.Preamble);
        using var csv = CsvWriter.Create(output, leaveOpen: true);
        csv.WriteHeader(header.Select(SpreadsheetText.Neutralize).ToArray());
        var count = 0;
        var fields = new string?[header.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = CsvText(i < row.Count ? row[i] : null);
            }

            csv.WriteRecord(fields);
            count++;
        }

        return count;
    }

    private static string? CsvText(object? value) => value is decimal or int or long or double or null ? Text(value) : SpreadsheetText.Neutralize(Text(value)!);

    /// <summary>A cell as text, the same in CSV and in an .xlsx string cell.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        // PostgreSQL's numeric keeps its scale (3000.0000) where SQLite's does not: both print alike.
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        bool flag => flag ? Application.Resources.DisplayText.Yes : Application.Resources.DisplayText.No,
        DateTime utc => TableCells.Time(utc),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
