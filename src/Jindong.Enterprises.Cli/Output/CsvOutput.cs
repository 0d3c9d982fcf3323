using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application.Export;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>RFC 4180 CSV, UTF-8 with a BOM so Chinese Excel opens it correctly; text that would run as a formula is neutralized.</summary>
internal static class CsvOutput
{
    /// <summary>To standard output.</summary>
    public static void Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stdout = Console.OpenStandardOutput();
        Write(stdout, header, rows);
    }

    /// <summary>To a file, replacing it.</summary>
    public static void Write(string file, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = File.Create(file);
        Write(stream, header, rows);
    }

    private static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.WriteLine(string.Join(',', header.Select(Escape)));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(v => Escape(Text(v)))));
        }
    }

    private static string? Text(object? value) => value switch
    {
        string text => SpreadsheetText.Neutralize(text),
        // PostgreSQL's numeric keeps its scale (3000.0000) where SQLite's does not: both print as the web's files do.
        decimal amount => amount.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Escape(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
