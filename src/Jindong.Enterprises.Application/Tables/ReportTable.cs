using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Tables;

/// <summary>How a column's values are read and shown.</summary>
public enum CellKind
{
    Text,

    /// <summary>A decimal amount (万元, 亩 …), up to four places.</summary>
    Amount,

    /// <summary>A whole number.</summary>
    Count,

    /// <summary>A rate (0.12 = 12 %).</summary>
    Percent,

    /// <summary>A year, never grouped ("2024", not "2,024").</summary>
    Year,

    /// <summary>Yes or no.</summary>
    Flag,

    /// <summary>A UTC time, shown in China time.</summary>
    Time,
}

/// <summary>One column: its camelCase key (as in the JSON), its header in the user's language, its kind, and the unit its numbers are in (万元, 亩 …) when they have one.</summary>
public sealed record TableColumn(string Key, string Header, CellKind Kind = CellKind.Text, string? Unit = null);

/// <summary>
/// How an .xlsx sheet presents a table: its name, the lines above the header (what the table is,
/// for which year and plan, on which basis, when produced), and each column's kind and unit.
/// </summary>
public sealed record SheetLayout(string Name, IReadOnlyList<string> TitleLines, IReadOnlyList<CellKind> Kinds, IReadOnlyList<string?>? Units = null);

/// <summary>
/// A report or an export as a table: one model for the web page, the CLI's table, and the CSV and
/// .xlsx files both write through <see cref="ITableWriter"/>. <see cref="Rows"/> holds raw values
/// (numbers as numbers); <see cref="TableCells.Show"/> turns one into text for people.
/// </summary>
/// <param name="Data">What JSON output serialises (the report's own rows).</param>
/// <param name="Basis">For a year's report: when it was produced and what it counts (<see cref="Reports.ReportBasis.Describe"/>).</param>
public sealed record ReportTable(string Kind, string Title, string? Note, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, object Data, string? Basis = null)
{
    public IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    /// <summary>The .xlsx sheet: named by the title, with the title, note and basis above the header and the columns' units under it.</summary>
    public SheetLayout Sheet => new(
        Title,
        new[] { Title, Note, Basis }.OfType<string>().ToList(),
        Columns.Select(c => c.Kind).ToList(),
        Columns.Select(c => c.Unit).ToList());
}

/// <summary>Cells as people read them, the same on every page and in every terminal.</summary>
public static class TableCells
{
    /// <summary>What an empty cell shows.</summary>
    public const string Empty = "—";

    public static string Show(object? value, CellKind kind) => value switch
    {
        null => Empty,
        decimal amount => Amount(amount),
        double rate when kind == CellKind.Percent => rate.ToString("P1", CultureInfo.CurrentCulture),
        int year when kind == CellKind.Year => year.ToString(CultureInfo.InvariantCulture),
        int count => count.ToString("#,0", CultureInfo.CurrentCulture),
        bool flag => flag ? DisplayText.Yes : DisplayText.No,
        DateTime utc => Time(utc),
        IFormattable other => other.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Amount(decimal? value) => value?.ToString("#,0.####", CultureInfo.CurrentCulture) ?? Empty;

    /// <summary>A stored UTC time in China time: 2026-12-01 21:24.</summary>
    public static string Time(DateTime utc) => ChinaTime.Of(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Whether a column's cells align right.</summary>
    public static bool IsNumber(CellKind kind) => kind is CellKind.Amount or CellKind.Count or CellKind.Percent;
}

/// <summary>Writes a table to a stream: CSV (UTF-8 with BOM, as Chinese Excel opens it) or .xlsx; text a spreadsheet would run as a formula is neutralized in both.</summary>
public interface ITableWriter
{
    /// <summary>Writes the header and the rows as they are enumerated; returns the number of rows written.</summary>
    /// <param name="sheet">How an .xlsx presents the table (title lines, number formats, units); CSV is header and rows only, for scripts and re-import.</param>
    int Write(Stream output, TabularFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, SheetLayout? sheet = null);
}

public static class TableWriting
{
    /// <summary>Writes a report or an export as its table, the .xlsx with its <see cref="ReportTable.Sheet"/>.</summary>
    public static int Write(this ITableWriter writer, Stream output, TabularFormat format, ReportTable table) =>
        writer.Write(output, format, table.Headers, table.Rows, table.Sheet);
}

public enum TabularFormat
{
    Csv,
    Xlsx,
}

/// <summary>The formats' names, extensions and content types, written once.</summary>
public static class TabularFormats
{
    public static string Extension(this TabularFormat format) => format == TabularFormat.Xlsx ? "xlsx" : "csv";

    public static string ContentType(this TabularFormat format) => format == TabularFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static bool TryParse(string? name, out TabularFormat format)
    {
        var trimmed = name?.Trim().TrimStart('.');
        format = string.Equals(trimmed, "xlsx", StringComparison.OrdinalIgnoreCase) ? TabularFormat.Xlsx : TabularFormat.Csv;
        return string.Equals(trimmed, "xlsx", StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, "csv", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The format a file name's extension names, if any.</summary>
    public static bool TryFromPath(string path, out TabularFormat format) => TryParse(Path.GetExtension(path), out format);
}
