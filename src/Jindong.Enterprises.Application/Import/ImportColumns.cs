using System.Text;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Import;

/// <summary>A column of the figures file that names the firm rather than a measure.</summary>
public enum ImportField
{
    Name,
    CreditCode,
    Township,
}

/// <summary>
/// One column of the import and export layout: its Chinese header (what exports write), the other
/// headers it is recognised by, the unit its values are in, and what it holds: a firm field or a measure.
/// </summary>
public sealed record ImportColumn(string Header, string? Unit, IReadOnlyList<string> Aliases, IReadOnlyList<string> UnitAliases, ImportField? Field, Measure? Measure)
{
    /// <summary>Its place in <see cref="ImportColumns.All"/>.</summary>
    public int Index => Field is { } firmField ? (int)firmField : ImportColumns.FirmColumns + (int)Measure!.Value;

    public bool IsNumber => Measure is not null;
}

/// <summary>
/// The file layout shared by the figures import and export (docs/import.md lists it): the firm's
/// columns, then one column per measure of <see cref="MeasureFields"/>.
/// Headers match after NFKC folding, with spaces, underscores and hyphens dropped and case ignored;
/// a unit in brackets after the header ("工业总产值（万元）") is read as the column's unit.
/// </summary>
public static class ImportColumns
{
    /// <summary>What a cell says to clear a recorded value (an empty cell leaves it as it is).</summary>
    public const string ClearMarker = "清空";

    internal const int FirmColumns = 3;

    public static readonly IReadOnlyList<ImportColumn> All =
    [
        new("企业名称", null, ["单位名称", "企业", "name", "enterprise", "company", "firm"], [], ImportField.Name, null),
        new("统一社会信用代码", null, ["信用代码", "社会信用代码", "creditcode", "uscc"], [], ImportField.CreditCode, null),
        new("乡镇街道", null, ["乡镇", "乡镇(街道)", "township"], [], ImportField.Township, null),
        .. MeasureFields.All.Select(m => new ImportColumn(m.ImportHeader, m.Definition.Unit, m.Aliases, m.UnitAliases, null, m.Measure)),
    ];

    /// <summary>The measure columns, in the table's order.</summary>
    public static IEnumerable<ImportColumn> MeasureColumns => All.Skip(FirmColumns);

    private static readonly Dictionary<string, ImportColumn> ByHeader = BuildLookup();

    public static ImportColumn Of(ImportField field) => All[(int)field];

    public static ImportColumn Of(Measure measure) => All[FirmColumns + (int)measure];

    /// <summary>The header an export writes: the Chinese name with its unit, "工业总产值(万元)".</summary>
    public static string ExportHeader(ImportColumn column) => column.Unit is null ? column.Header : $"{column.Header}({column.Unit})";

    /// <summary>The column a header cell names, and the unit written in brackets after it, if any.</summary>
    public static (ImportColumn? Column, string? Unit) Recognise(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return (null, null);
        }

        var key = Key(header);
        if (ByHeader.TryGetValue(key, out var exact))
        {
            return (exact, null);
        }

        // Brackets after the name hold its unit (「（万元）」) or a note (「（当年价格）」), in either order.
        string? unit = null;
        for (var open = key.LastIndexOf('('); open > 0 && key.EndsWith(')'); open = key.LastIndexOf('('))
        {
            var inside = key[(open + 1)..^1];
            if (LooksLikeUnit(inside))
            {
                unit ??= inside;
            }

            key = key[..open];
            if (ByHeader.TryGetValue(key, out var column))
            {
                return (column, unit);
            }
        }

        return (null, null);
    }

    /// <summary>Whether <paramref name="unit"/> (from a units row or a header) is the unit the column is in.</summary>
    public static bool IsUnitOf(ImportColumn column, string unit)
    {
        var key = Key(unit).Trim('(', ')');
        return key.Length == 0
            || column.Unit is null
            || key == Key(column.Unit)
            || column.UnitAliases.Any(a => Key(a) == key);
    }

    /// <summary>Whether a cell reads like a unit ("万元", "（亩）") rather than a value.</summary>
    public static bool LooksLikeUnit(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return true;
        }

        var key = Key(cell).Trim('(', ')');
        return key is "元" or "千元" or "万元" or "亿元" or "亩" or "平方米" or "公顷" or "人" or "吨" or "t" or "千瓦时"
            || All.Any(c => c.Unit is not null && (key == Key(c.Unit) || c.UnitAliases.Any(a => Key(a) == key)));
    }

    internal static string Key(string text)
    {
        var folded = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c is not '_' and not '-' and not '\uFEFF')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, ImportColumn> BuildLookup()
    {
        var lookup = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            lookup[Key(column.Header)] = column;
            foreach (var alias in column.Aliases)
            {
                lookup[Key(alias)] = column;
            }
        }

        return lookup;
    }
}
