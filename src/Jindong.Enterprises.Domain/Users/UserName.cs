using System.Text;

namespace Jindong.Enterprises.Domain.Users;

/// <summary>
/// 用户名 — how sign-in names are written and compared. Two names that read alike are one name:
/// they are compared after NFKC (full-width ＡＤＭＩＮ is ADMIN) and case folding (ADMIN is admin).
/// Letters are Latin a–z or Chinese characters only, so a look-alike from another script (Cyrillic а
/// for Latin a, Greek ο for o) cannot pose as an existing name.
/// </summary>
public static class UserName
{
    public const int MaxLength = 50;

    /// <summary>The form names are compared (and kept unique) in.</summary>
    public static string Normalize(string name) => name.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>Whether every character of the name, once normalised, is a–z, 0–9, '_', '-', '.' or a Chinese character.</summary>
    public static bool IsAllowed(string name)
    {
        var normalized = Normalize(name);
        return normalized.Length > 0 && normalized.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-' or '.' || IsChineseCharacter(c));
    }

    /// <summary>CJK unified ideographs and extension A; NFKC has already turned compatibility ideographs and radicals into these.</summary>
    private static bool IsChineseCharacter(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
