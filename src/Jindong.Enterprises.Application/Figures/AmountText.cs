using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jindong.Enterprises.Application.Figures;

/// <summary>
/// How a typed or imported number is read, the same on every edge: invariant digits and point,
/// full-width digits as input methods type them, thousands separators only in groups of three —
/// "2,5" is refused, never read as 25.
/// </summary>
public static partial class AmountText
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = text.Trim();
        if (!folded.IsNormalized(NormalizationForm.FormKC))
        {
            folded = folded.Normalize(NormalizationForm.FormKC);
        }

        if (folded.Contains(',', StringComparison.Ordinal))
        {
            if (!Grouped().IsMatch(folded))
            {
                return false;
            }

            folded = folded.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(folded, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
