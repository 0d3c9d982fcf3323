using System.Globalization;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Resources;
using MiniExcelLibs;

namespace Jindong.Enterprises.Infrastructure.Import;

/// <summary>
/// An .xlsx workbook read row by row with MiniExcel's streaming reader (first sheet, or the one
/// named). Numbers come back as text in the invariant culture, so the parser sees what a CSV of
/// the same sheet would hold.
/// </summary>
internal sealed class XlsxTabularFile(Stream stream, string? sheet, Stream? owned) : ITabularFile
{
    public string Format => "xlsx";

    public IEnumerable<TabularRow> ReadRows()
    {
        var sheetName = sheet is null ? null : FindSheet(sheet);
        using var rows = Guard(() => MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX).GetEnumerator());
        var number = 0;
        while (Guard(rows.MoveNext))
        {
            number++;
            var cells = ((IDictionary<string, object?>)rows.Current).Values.Select(Text).ToArray();
            yield return new TabularRow(number, cells);
        }
    }

    public void Dispose() => owned?.Dispose();

    private string FindSheet(string name)
    {
        var names = Guard(() => MiniExcel.GetSheetNames(stream));
        stream.Position = 0;
        return names.FirstOrDefault(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new UnreadableFileException(string.Format(CultureInfo.CurrentCulture, Messages.ImportSheetNotFound, name, string.Join("、", names)));
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A truncated or damaged workbook fails inside MiniExcel (zip or XML errors): tell the user it is broken.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not UnreadableFileException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw new UnreadableFileException(string.Format(CultureInfo.CurrentCulture, Messages.ImportFileCorrupt, exception.GetType().Name), exception);
        }
    }
}
