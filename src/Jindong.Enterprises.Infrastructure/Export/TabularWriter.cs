using System.Globalization;
using System.Text;
using CsvHelper;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Import;
using MiniExcelLibs;

namespace Jindong.Enterprises.Infrastructure.Export;

/// <summary>
/// Writes CSV as UTF-8 with a BOM (so Chinese Excel opens it) or .xlsx with MiniExcel; both
/// stream the rows. Numbers are written in the invariant culture without trailing zeros.
/// </summary>
internal sealed class TabularWriter : ITabularWriter
{
    public int Write(string path, TabularFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return format == TabularFormat.Xlsx ? WriteXlsx(path, header, rows) : WriteCsv(path, header, rows);
    }

    private static int WriteCsv(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        file.Write(Encoding.UTF8.Preamble);
        using var csv = CsvWriter.Create(file, leaveOpen: true);
        csv.WriteHeader(header.ToArray());
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

    private static int WriteXlsx(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var count = 0;
        IEnumerable<IDictionary<string, object?>> Records()
        {
            foreach (var row in rows)
            {
                var record = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
                for (var i = 0; i < header.Count; i++)
                {
                    record[header[i]] = i < row.Count ? Cell(row[i]) : null;
                }

                count++;
                yield return record;
            }
        }

        MiniExcel.SaveAs(path, Records(), printHeader: true, sheetName: "Sheet1", excelType: ExcelType.XLSX, overwriteFile: true);
        return count;
    }

    /// <summary>Amounts as numbers (so Excel can sum them), everything else as text.</summary>
    private static object? Cell(object? value) => value switch
    {
        decimal m => m,
        int n => n,
        null => null,
        _ => Text(value),
    };

    /// <summary>A number as it is; text that Excel would run as a formula made harmless.</summary>
    private static string? CsvText(object? value) => value is decimal or int or long or double or null ? Text(value) : SpreadsheetText.Neutralize(Text(value)!);

    private static string? Text(object? value) => value switch
    {
        null => null,
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
