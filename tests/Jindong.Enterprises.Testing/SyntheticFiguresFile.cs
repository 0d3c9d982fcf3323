using System.Globalization;
using System.Text;
using Jindong.Enterprises.Benchmarks;

namespace Jindong.Enterprises.Testing;

/// <summary>
/// A large statistics-bureau file of clearly synthetic firms (bench/Shared/SyntheticFirms.cs, the
/// benchmarks' own generator), for the tests and the crash bench.
/// </summary>
public static class SyntheticFiguresFile
{
    /// <summary>
    /// Writes firms 1 to <paramref name="count"/> as UTF-8 CSV with every column; another
    /// <paramref name="outputFactor"/> gives another year in which many firms imply another tier.
    /// </summary>
    public static void WriteCsv(string path, int count, decimal outputFactor = 1)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(string.Join(',', SyntheticFirms.Header));
        for (var i = 1; i <= count; i++)
        {
            var row = SyntheticFirms.Row(i);
            row[OutputColumn] = Math.Round((decimal)row[OutputColumn]! * outputFactor, 2);
            writer.WriteLine(string.Join(',', row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        }
    }

    private static int OutputColumn { get; } = Array.IndexOf(SyntheticFirms.Header, "工业总产值");
}
