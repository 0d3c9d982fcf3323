using System.Globalization;
using CsvHelper;
using Jindong.Enterprises.Application.Common;

namespace Jindong.Enterprises.Infrastructure.Seeding;

/// <summary>Reads the plan's data files (seed/*.csv), embedded in this assembly.</summary>
internal static class SeedFiles
{
    /// <summary>The repository folder the seed files come from (embedded under the same name).</summary>
    public const string Folder = "seed/";

    public static IReadOnlyList<T> Read<T>(string fileName, Func<CsvReader, T> map)
    {
        var resource = Folder + fileName;
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Seed file {resource} is not embedded.");
        using var csv = CsvReader.Create(stream);
        csv.ReadHeader();
        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(csv));
        }

        return rows;
    }

    /// <summary>A whole seed file as text (the efficiency methods, in the file format `efficiency method import` reads).</summary>
    public static string ReadText(string fileName)
    {
        var resource = $"seed/{fileName}";
        using var stream = typeof(SeedFiles).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Seed file {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded seed files whose names start with <paramref name="prefix"/>.</summary>
    public static IEnumerable<string> Named(string prefix) =>
        typeof(SeedFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("seed/" + prefix, StringComparison.Ordinal))
            .Select(n => n["seed/".Length..])
            .Order(StringComparer.Ordinal);

    public static string Text(this CsvReader row, string column) => row.GetString(column);

    public static string? OptionalText(this CsvReader row, string column) =>
        row.GetString(column) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static int Int(this CsvReader row, string column) => int.Parse(row.Text(column), CultureInfo.InvariantCulture);

    public static int? OptionalInt(this CsvReader row, string column) =>
        row.OptionalText(column) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>A domain enum by its stable code (<see cref="Codes"/>: "five-year", "at-least").</summary>
    public static T Code<T>(this CsvReader row, string column)
        where T : struct, Enum =>
        Codes.TryParse<T>(row.Text(column), out var value) ? value : throw new FormatException($"Unknown {typeof(T).Name} '{row.Text(column)}' in column {column}.");

    public static decimal? OptionalDecimal(this CsvReader row, string column) =>
        row.OptionalText(column) is { } text ? decimal.Parse(text, CultureInfo.InvariantCulture) : null;
}
