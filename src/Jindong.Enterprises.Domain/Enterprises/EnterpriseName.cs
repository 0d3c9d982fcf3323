using System.Text;

namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>Limits shared by the validators and the database columns, and the name's matching form.</summary>
public static class EnterpriseName
{
    public const int MaxLength = 200;

    /// <summary>
    /// The form two spellings of one firm share: NFKC (full-width brackets and letters become
    /// half-width), no white space, Latin letters upper-cased. The plan itself prints
    /// 同方计算机(浙江)有限公司 and 同方计算机（浙江）有限公司 for one firm.
    /// </summary>
    public static string Normalize(string name)
    {
        // Most names are already in normal form: the same string rather than a copy halves the
        // memory of an import's name index at province scale.
        if (IsNormal(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c))
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
}

/// <summary>Limits of free-text reasons given for changes.</summary>
public static class Reason
{
    public const int MaxLength = 500;
}
