using System.Globalization;
using System.Text;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>RFC 4180 CSV on standard output, UTF-8 with a BOM so Chinese Excel opens it correctly.</summary>
internal static class CsvOutput
{
    public static void Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = new StreamWriter(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
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
