using System.Text;

namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set — position 1 the
/// registration authority (登记管理部门), 2 the institution type (机构类别) that authority assigns,
/// 3–8 the region (GB/T 2260), 9–17 the organisation code (GB 11714, its own check character
/// last), 18 the check character of the first 17. The one parser every channel (CLI, API, pages,
/// import) goes through: the text is NFKC-normalised (full-width ９１３３… reads as 9133…), trimmed
/// and upper-cased first.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The registration authorities and the institution types each assigns (GB 32100-2015 table 1,
    /// with the codes added since: A 中央军委改革和编制办公室, N 农业; Y 其他 uses type 1 only).
    /// </summary>
    private static readonly Dictionary<char, string> InstitutionTypes = new()
    {
        ['1'] = "1239", // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
        ['2'] = "19", // 外交: 外国常驻新闻机构, 其他
        ['3'] = "123459", // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
        ['4'] = "19", // 文化: 外国在华文化中心, 其他
        ['5'] = "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        ['6'] = "129", // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
        ['7'] = "129", // 宗教: 宗教活动场所, 宗教院校, 其他
        ['8'] = "19", // 工会: 基层工会, 其他
        ['9'] = "123", // 工商: 企业, 个体工商户, 农民专业合作社
        ['A'] = "19", // 中央军委改革和编制办公室: 军队事业单位, 其他
        ['N'] = "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
        ['Y'] = "1", // 其他
    };

    /// <summary>The first two digits of a GB/T 2260 region: the provinces, and 10 for authorities of the whole country.</summary>
    private static readonly HashSet<string> Provinces =
    [
        "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    private UnifiedSocialCreditCode(string value, CreditCodeProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public string Value { get; }

    /// <summary>The rule a code accepted by override breaks; null for a code that keeps every rule.</summary>
    public CreditCodeProblem? Problem { get; }

    /// <summary>What every channel does to a typed or imported code before checking it.</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();

    /// <summary>The first rule <paramref name="text"/> breaks, or null when it is a valid code.</summary>
    public static CreditCodeProblem? Check(string? text)
    {
        if (text is null)
        {
            return CreditCodeProblem.Length;
        }

        var code = Normalize(text);
        if (code.Length != Length)
        {
            return CreditCodeProblem.Length;
        }

        if (code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return CreditCodeProblem.Character;
        }

        if (!InstitutionTypes.TryGetValue(code[0], out var types))
        {
            return CreditCodeProblem.Authority;
        }

        if (!types.Contains(code[1], StringComparison.Ordinal))
        {
            return CreditCodeProblem.InstitutionType;
        }

        if (!code.Substring(2, 6).All(char.IsAsciiDigit) || !Provinces.Contains(code.Substring(2, 2)))
        {
            return CreditCodeProblem.Region;
        }

        if (OrganizationCheckCharacter(code.AsSpan(8, 8)) != code[16])
        {
            return CreditCodeProblem.OrganizationCode;
        }

        return CheckCharacter(code.AsSpan(0, Length - 1)) != code[Length - 1] ? CreditCodeProblem.CheckCharacter : null;
    }

    public static bool IsValid(string? text) => Check(text) is null;

    public static bool TryParse(string? text, out UnifiedSocialCreditCode code)
    {
        code = null!;
        if (Check(text) is not null)
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(Normalize(text!), null);
        return true;
    }

    public static UnifiedSocialCreditCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a valid unified social credit code.");

    /// <summary>
    /// A real code recorded by override although it breaks a rule after its form (some early codes
    /// do): it must still be 18 characters of the code's set, so it can be matched and kept unique.
    /// </summary>
    public static bool TryParseOverridden(string? text, out UnifiedSocialCreditCode code)
    {
        code = null!;
        var problem = Check(text);
        if (problem is CreditCodeProblem.Length or CreditCodeProblem.Character)
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(Normalize(text!), problem);
        return true;
    }

    /// <summary>The check character (position 18) for the 17 leading characters (all from the code's set): GB 32100's mod 31.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Exactly 17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the code's character set.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>
    /// The organisation code's check character (position 17) for its 8 leading characters
    /// (positions 9–16): GB 11714's mod 11, digits at their value and letters A = 10 … Z = 35,
    /// 11 − (Σ mod 11), with 10 written X and 11 written 0.
    /// </summary>
    public static char OrganizationCheckCharacter(ReadOnlySpan<char> first8)
    {
        if (first8.Length != OrganizationWeights.Length)
        {
            throw new ArgumentException("Exactly 8 characters are needed.", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < first8.Length; i++)
        {
            var c = first8[i];
            var value = c is >= '0' and <= '9' ? c - '0'
                : c is >= 'A' and <= 'Z' ? c - 'A' + 10
                : throw new ArgumentException($"'{c}' is not a digit or capital letter.", nameof(first8));
            sum += value * OrganizationWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    public override string ToString() => Value;
}

/// <summary>The GB 32100 rules a credit code can break, in the order they are checked.</summary>
public enum CreditCodeProblem
{
    /// <summary>Not 18 characters.</summary>
    Length,

    /// <summary>A character outside 0–9 and the capital letters other than I, O, S, V, Z.</summary>
    Character,

    /// <summary>Position 1 is no registration authority's code.</summary>
    Authority,

    /// <summary>Position 2 is no institution type of that authority.</summary>
    InstitutionType,

    /// <summary>Positions 3–8 are not a GB/T 2260 region (six digits, a province's two first).</summary>
    Region,

    /// <summary>Position 17 is not the GB 11714 check character of positions 9–16.</summary>
    OrganizationCode,

    /// <summary>Position 18 is not the check character of the first 17.</summary>
    CheckCharacter,
}
