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

/// <summary>One row as the user sees it: its 1-based number in the file and its cells as text.</summary>
public readonly record struct TabularRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>Writes rows to a CSV (UTF-8 with BOM, as Chinese Excel opens it) or .xlsx file.</summary>
public interface ITabularWriter
{
    /// <summary>Writes the header and the rows; returns the number of rows written.</summary>
    int Write(string path, TabularFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows);
}

public enum TabularFormat
{
    Csv,
    Xlsx,
}

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
