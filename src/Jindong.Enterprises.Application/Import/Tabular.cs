using System.Globalization;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Import;

/// <summary>Opens a spreadsheet file (CSV in UTF-8 or GB18030, or .xlsx) as a stream of rows.</summary>
public interface ITabularReader
{
    /// <summary>
    /// Opens <paramref name="content"/>; the format comes from its first bytes and
    /// <paramref name="fileName"/>. Throws <see cref="UnreadableFileException"/> for anything else.
    /// </summary>
    ITabularFile Open(Stream content, string fileName, string? sheet);
}

/// <summary>An open spreadsheet: its rows, read once, in file order.</summary>
public interface ITabularFile : IDisposable
{
    /// <summary>What was detected, for the user: "CSV (UTF-8)", "CSV (GB18030)", "xlsx".</summary>
    string Format { get; }

    /// <summary>Every row, the header included; blank lines may be skipped. Throws <see cref="UnreadableFileException"/> on a broken file.</summary>
    IEnumerable<TabularRow> ReadRows();
}

/// <summary>
/// What a readable spreadsheet can hold: Excel's own limits for a row's columns and a cell's text,
/// so no file Excel saved is refused, and bounds on the text held at once — a row, and a workbook's
/// shared strings — far beyond any statistics file, which keep what an import holds in memory small
/// (docs/import.md). Beyond them a file is hostile or broken, and is refused before it costs more.
/// </summary>
public static class TabularLimits
{
    /// <summary>Columns per row (Excel: A … XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Characters per cell.</summary>
    public const int MaxCellLength = 32_767;

    /// <summary>Characters of one row, all its cells together (32 full cells; 2 MiB of text).</summary>
    public const int MaxRowLength = 1 << 20;

    /// <summary>Strings in a workbook's shared-string table (a name and a credit code for a million firms).</summary>
    public const int MaxSharedStrings = 1 << 21;

    /// <summary>Characters of a workbook's shared-string table, all strings together (64 MiB of text).</summary>
    public const int MaxSharedStringLength = 1 << 25;

    /// <summary>The refusal of a row with more than <see cref="MaxColumns"/> cells.</summary>
    public static UnreadableFileException TooManyColumns(long row) =>
        new(string.Format(CultureInfo.CurrentCulture, Messages.ImportTooManyColumns, row, MaxColumns));

    /// <summary>The refusal of a cell longer than <see cref="MaxCellLength"/>; <paramref name="column"/> is 0-based.</summary>
    public static UnreadableFileException CellTooLong(long row, int column) =>
        new(string.Format(CultureInfo.CurrentCulture, Messages.ImportCellTooLong, row, ColumnName(column), MaxCellLength));

    /// <summary>The refusal of a row whose cells together pass <see cref="MaxRowLength"/>, at <paramref name="column"/> (0-based).</summary>
    public static UnreadableFileException RowTooLong(long row, int column) =>
        new(string.Format(CultureInfo.CurrentCulture, Messages.ImportRowTooLong, row, ColumnName(column), MaxRowLength));

    /// <summary>The refusal of a cell that uses a shared string beyond the table's limits.</summary>
    public static UnreadableFileException SharedStringsTooLarge(long row, int column) =>
        new(string.Format(CultureInfo.CurrentCulture, Messages.ImportSharedStringsTooLarge, row, ColumnName(column), MaxSharedStrings, MaxSharedStringLength));

    /// <summary>The column's name as Excel shows it: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}

/// <summary>One row as the user sees it: its 1-based number in the file and its cells as text.</summary>
public readonly record struct TabularRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>The file cannot be read as a spreadsheet at all; <see cref="Exception.Message"/> says why, in the user's language.</summary>
public sealed class UnreadableFileException : Exception
{
    public UnreadableFileException(string message)
        : base(message)
    {
    }

    public UnreadableFileException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
