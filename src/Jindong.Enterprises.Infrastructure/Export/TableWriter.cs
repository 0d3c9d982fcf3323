using System.Data;
using System.Globalization;
using System.Text;
using CsvHelper;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Jindong.Enterprises.Infrastructure.Export;

/// <summary>
/// The one table writer: CSV as UTF-8 with a BOM (so Chinese Excel opens it) or .xlsx with
/// MiniExcel, both streaming the rows to the caller's stream (a file, standard output, an HTTP
/// response) without temporary files. Numbers stay numbers, written in the invariant culture
/// without trailing zeros. The formula guard: in CSV, text a spreadsheet would run as a formula
/// gets OWASP's apostrophe; in .xlsx every text is a string cell, which no spreadsheet runs.
/// </summary>
internal sealed class TableWriter : ITableWriter
{
    public int Write(Stream output, TabularFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        format == TabularFormat.Xlsx ? WriteXlsx(output, header, rows) : WriteCsv(output, header, rows);

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

    private static int WriteXlsx(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var count = 0;
        var keys = UniqueKeys(header);
        IEnumerable<IDictionary<string, object?>> Records()
        {
            foreach (var row in rows)
            {
                var record = new Dictionary<string, object?>(keys.Count, StringComparer.Ordinal);
                for (var i = 0; i < keys.Count; i++)
                {
                    record[keys[i]] = i < row.Count ? XlsxCell(row[i]) : null;
                }

                count++;
                yield return record;
            }
        }

        // The header stays in view while scrolling. MiniExcel takes the header from the first record:
        // a table without rows is written as an empty DataTable, which still carries its columns.
        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true };
        using var records = Records().GetEnumerator();
        if (!records.MoveNext())
        {
            using var empty = new DataTable();
            foreach (var key in keys)
            {
                empty.Columns.Add(key, typeof(string));
            }

            output.SaveAs(empty, printHeader: true, sheetName: "Sheet1", excelType: ExcelType.XLSX, configuration: configuration);
            return 0;
        }

        output.SaveAs(Continue(records), printHeader: true, sheetName: "Sheet1", excelType: ExcelType.XLSX, configuration: configuration);
        return count;
    }

    private static IEnumerable<T> Continue<T>(IEnumerator<T> started)
    {
        do
        {
            yield return started.Current;
        }
        while (started.MoveNext());
    }

    /// <summary>MiniExcel keys columns by header: two equal headers would merge into one column.</summary>
    private static List<string> UniqueKeys(IReadOnlyList<string> header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return header.Select(h =>
        {
            var key = h;
            while (!seen.Add(key))
            {
                key += " ";
            }

            return key;
        }).ToList();
    }

    /// <summary>Amounts as numbers (so Excel can sum them), everything else as string cells.</summary>
    private static object? XlsxCell(object? value) => value is null or decimal or int or long or double ? value : Text(value);

    private static string? CsvText(object? value) => value is decimal or int or long or double or null ? Text(value) : SpreadsheetText.Neutralize(Text(value)!);

    private static string? Text(object? value) => value switch
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
