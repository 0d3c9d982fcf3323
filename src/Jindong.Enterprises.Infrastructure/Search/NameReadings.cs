using System.Collections.Concurrent;
using System.Text;

namespace Jindong.Enterprises.Infrastructure.Search;

/// <summary>
/// The pinyin readings of a firm's name that the name search covers (SearchIndexSql.Columns): each
/// reading of the name in full ("zhejiangdazhongchilun…") and by initials ("zjdzcl…"), separated by
/// spaces, so that a substring of either finds the firm. A character's first reading is ICU's
/// Han-Latin transliteration (the system's libicu, through icu.net); a character with several
/// readings (多音字) adds those of <see cref="Heteronyms"/>. Letters and digits stand for themselves.
/// </summary>
public static class NameReadings
{
    /// <summary>The stored column's length: a long name with several 多音字 stops adding variants before it.</summary>
    public const int MaxLength = 2000;

    /// <summary>Readings of the whole name at most; beyond them each further 多音字 keeps its first reading.</summary>
    private const int MaxVariants = 8;

    private static readonly ConcurrentDictionary<char, string[]> ByCharacter = new();

    private static readonly Lock IcuLock = new();

    private static global::Icu.Transliterator? transliterator;

    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var variants = new List<List<string>> { new() };
        foreach (var c in name)
        {
            var readings = ReadingsOf(c);
            if (readings.Length == 0)
            {
                continue;
            }

            var alternatives = variants.Count * readings.Length <= MaxVariants ? readings : readings[..1];
            variants = variants.SelectMany(v => alternatives.Select(r => new List<string>(v) { r })).ToList();
        }

        var keys = new List<string>();
        foreach (var variant in variants)
        {
            keys.Add(string.Concat(variant));
            keys.Add(string.Concat(variant.Select(r => r[0])));
        }

        var text = new StringBuilder();
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Where(k => k.Length > 0))
        {
            if (text.Length + key.Length + 1 > MaxLength)
            {
                break;
            }

            text.Append(text.Length == 0 ? string.Empty : " ").Append(key);
        }

        return text.ToString();
    }

    /// <summary>A character's readings, first reading first: none for punctuation and spaces.</summary>
    private static string[] ReadingsOf(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return [char.ToLowerInvariant(c).ToString()];
        }

        if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ')
        {
            // Full-width forms sit 0xFEE0 above their ASCII letters and digits.
            return [char.ToLowerInvariant((char)(c - 0xFEE0)).ToString()];
        }

        if (!IsHan(c))
        {
            return [];
        }

        return ByCharacter.GetOrAdd(c, static h =>
        {
            var first = Transliterate(h.ToString());
            return Heteronyms.Of(h).Prepend(first).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        });
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static string Transliterate(string han)
    {
        lock (IcuLock)
        {
            transliterator ??= CreateTransliterator();
            var latin = transliterator.Transliterate(han, 16);
            return new string(latin.Where(char.IsAsciiLetterLower).ToArray());
        }
    }

    private static global::Icu.Transliterator CreateTransliterator()
    {
        global::Icu.Wrapper.Init();
        return global::Icu.Transliterator.CreateInstance("Han-Latin; Latin-ASCII; Lower");
    }
}
