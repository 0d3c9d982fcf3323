using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Import;

/// <summary>One column of a file layout a user fills in (a targets file, an announcement list): its key, its Chinese header, and the variants accepted.</summary>
public sealed record FileColumn(string Key, string Header, params string[] Aliases)
{
    public bool Names(string? text) => Header == text || Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What the small imports share: finding the columns in a header row, and opening the file.</summary>
internal static class FileColumns
{
    /// <summary>Each recognised column's key and position in <paramref name="row"/>; the first of a repeated column wins.</summary>
    public static Dictionary<string, int> Find(TabularRow row, IReadOnlyList<FileColumn> layout)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = row.Cells[i]?.Trim();
            if (layout.FirstOrDefault(c => c.Names(text)) is { } column)
            {
                columns.TryAdd(column.Key, i);
            }
        }

        return columns;
    }

    /// <summary>Opens a file named on the command line; a missing or unreadable one is refused on the file field.</summary>
    public static FileStream Open(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new InputValidationException(Messages.ImportFileField, string.Format(CultureInfo.CurrentCulture, Messages.ImportFileNotFound, path));
        }
    }
}
