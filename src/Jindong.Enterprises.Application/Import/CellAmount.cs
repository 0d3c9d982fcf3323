using System.Text.RegularExpressions;
using Jindong.Enterprises.Application.Figures;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// An amount a clerk typed with its unit in the cell, as statistics tables often carry them:
/// 「9,876.5万」 or 「1.2亿」 in a 万元 column. Read into the column's unit when it is 万元; any other
/// unit in a cell is refused by the caller with a message that says to enter the number alone.
/// </summary>
public static partial class CellAmount
{
    private const string TenThousandYuan = "万元";

    /// <summary>The factor that turns each unit a cell may carry into 万元.</summary>
    private static readonly Dictionary<string, decimal> ToTenThousandYuan = new(StringComparer.Ordinal)
    {
        ["亿元"] = 10_000m,
        ["亿"] = 10_000m,
        ["万元"] = 1m,
        ["万"] = 1m,
        ["元"] = 0.0001m,
    };

    /// <summary>Whether the text is a number followed by a unit word (「1.2亿」); its number and unit when it is.</summary>
    public static bool HasUnit(string text, out decimal number, out string unit)
    {
        number = 0;
        unit = string.Empty;
        var match = WithUnit().Match(text.Trim());
        if (!match.Success || !AmountText.TryParse(match.Groups["number"].Value, out number))
        {
            return false;
        }

        unit = match.Groups["unit"].Value;
        return true;
    }

    /// <summary>The amount in <paramref name="columnUnit"/>, when the cell's unit converts to it (only 万元 columns take units in cells).</summary>
    public static bool TryRead(string text, string? columnUnit, out decimal value)
    {
        value = 0;
        if (columnUnit != TenThousandYuan || !HasUnit(text, out var number, out var unit) || !ToTenThousandYuan.TryGetValue(unit, out var factor))
        {
            return false;
        }

        value = number * factor;
        return true;
    }

    [GeneratedRegex(@"^(?<number>[+-]?[\d,]*\.?\d+)\s*(?<unit>亿元|万元|亿|万|元|亩|人|吨|平方米|公顷)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithUnit();
}
