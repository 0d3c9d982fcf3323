using System.Globalization;
using System.Text;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>RFC 4180 CSV, UTF-8 with a BOM so Chinese Excel opens it correctly.</summary>
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
            writer.WriteLine(string.Join(',', row.Select(v => Escape(Convert.ToString(v, CultureInfo.InvariantCulture)))));
        }
    }

    private static string Escape(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;
}
