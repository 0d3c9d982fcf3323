using System.Text;

namespace Jindong.Enterprises.Application.Import;

/// <summary>A column the figures import reads.</summary>
public enum ImportField
{
    Name,
    CreditCode,
    Township,
    Output,
    Revenue,
    Tax,
    ValueAdded,
    Land,
    Employees,
    Rd,
    Energy,
    Emissions,
}

/// <summary>
/// One column of the import and export layout: its Chinese header (what exports write), the other
/// headers it is recognised by, and the unit its values are in.
/// </summary>
public sealed record ImportColumn(ImportField Field, string Header, string? Unit, IReadOnlyList<string> Aliases, IReadOnlyList<string> UnitAliases)
{
    public bool IsNumber => Field >= ImportField.Output;
}

/// <summary>
/// The file layout shared by the figures import and export (docs/import.md lists it).
/// Headers match after NFKC folding, with spaces, underscores and hyphens dropped and case ignored;
/// a unit in brackets after the header ("工业总产值（万元）") is read as the column's unit.
/// </summary>
public static class ImportColumns
{
    public static readonly IReadOnlyList<ImportColumn> All =
    [
        new(ImportField.Name, "企业名称", null, ["单位名称", "企业", "name", "enterprise", "company", "firm"], []),
        new(ImportField.CreditCode, "统一社会信用代码", null, ["信用代码", "社会信用代码", "creditcode", "uscc"], []),
        new(ImportField.Township, "乡镇街道", null, ["乡镇", "乡镇(街道)", "township"], []),
        new(ImportField.Output, "工业总产值", "万元", ["output", "grossoutput", "outputwan"], []),
        new(ImportField.Revenue, "营业收入", "万元", ["主营业务收入", "revenue", "revenuewan"], []),
        new(ImportField.Tax, "税收", "万元", ["实缴税金", "税金", "tax", "taxwan"], []),
        new(ImportField.ValueAdded, "增加值", "万元", ["工业增加值", "valueadded", "valueaddedwan"], []),
        new(ImportField.Land, "用地面积", "亩", ["用地", "land", "landmu"], []),
        new(ImportField.Employees, "从业人员", "人", ["从业人员数", "年平均从业人员", "employees"], []),
        new(ImportField.Rd, "研发经费", "万元", ["r&d经费", "研发投入", "rd", "r&d", "rdwan"], []),
        new(ImportField.Energy, "能耗", "吨标准煤", ["综合能耗", "energy", "energytce"], ["吨标煤", "tce", "t标准煤"]),
        new(ImportField.Emissions, "排放", "吨", ["主要污染物排放量", "排放量", "emissions", "emissionstonnes"], ["t"]),
    ];

    private static readonly Dictionary<string, ImportColumn> ByHeader = BuildLookup();

    public static ImportColumn Of(ImportField field) => All[(int)field];

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

        var open = key.LastIndexOf('(');
        if (open > 0 && key.EndsWith(')'))
        {
            var unit = key[(open + 1)..^1];
            if (ByHeader.TryGetValue(key[..open], out var withUnit))
            {
                return (withUnit, unit);
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
