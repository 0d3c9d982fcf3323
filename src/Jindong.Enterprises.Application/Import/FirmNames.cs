using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// <see cref="EnterpriseName.Normalize"/> for the import's name index: the same form, but a name
/// already in it is returned as it is rather than copied.
/// </summary>
public static class FirmNames
{
    public static string Normalise(string name)
    {
        // Most names are already in normal form: keep the same string rather than a copy, which
        // halves the memory of the name index at province scale.
        if (IsNormal(name))
        {
            return name;
        }

        return EnterpriseName.Normalize(name);
    }

    /// <summary>Only printable ASCII other than lower-case letters, and CJK unified ideographs: NFKC leaves these alone.</summary>
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
