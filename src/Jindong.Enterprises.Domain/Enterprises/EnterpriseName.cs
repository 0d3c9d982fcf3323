using System.Globalization;
using System.Text;

namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>Limits shared by the validators and the database columns, and the name's matching form.</summary>
public static class EnterpriseName
{
    public const int MaxLength = 200;

    /// <summary>
    /// The form two spellings of one firm share: invisible format characters (Unicode category Cf:
    /// U+200B zero-width space, U+202E right-to-left override, U+FEFF …) removed first, then NFKC
    /// (full-width brackets and letters become half-width), no white space, Latin letters
    /// upper-cased. The plan itself prints 同方计算机(浙江)有限公司 and 同方计算机（浙江）有限公司 for one firm.
    /// </summary>
    public static string Normalize(string name)
    {
        // Most names are already in normal form: the same string rather than a copy halves the
        // memory of an import's name index at province scale.
        if (IsNormal(name))
        {
            return name;
        }

        var visible = HasFormatCharacters(name) ? string.Concat(name.Where(c => !IsFormatCharacter(c))) : name;
        var builder = new StringBuilder(visible.Length);
        foreach (var c in visible.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && !IsFormatCharacter(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Only printable ASCII other than lower-case letters, and CJK unified ideographs: the normal form leaves these alone.</summary>
    private static bool IsNormal(string name)
    {
        foreach (var c in name)
        {
            var plain = c is (> ' ' and < 'a') or (> 'z' and <= '~') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF');
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }
    /// <summary>
    /// Whether a name holds characters that show nothing yet make it another string, so that it
    /// could pose as a registered firm or reorder what is shown around it: refused in new names.
    /// </summary>
    public static bool HasFormatCharacters(string name) => name.Any(IsFormatCharacter);

    private static bool IsFormatCharacter(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}

/// <summary>Limits of free-text reasons given for changes.</summary>
public static class Reason
{
    public const int MaxLength = 500;
}
