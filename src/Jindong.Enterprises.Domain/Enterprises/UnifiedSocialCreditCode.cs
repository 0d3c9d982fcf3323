namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set, the last one a check
/// character computed from the first 17.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static bool TryParse(string? text, out UnifiedSocialCreditCode code)
    {
        code = null!;
        if (text is null)
        {
            return false;
        }

        var candidate = text.Trim().ToUpperInvariant();
        if (candidate.Length != Length || candidate.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        if (CheckCharacter(candidate.AsSpan(0, Length - 1)) != candidate[Length - 1])
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(candidate);
        return true;
    }

    public static UnifiedSocialCreditCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a valid unified social credit code.");

    /// <summary>The check character for 17 leading characters (all from the code's alphabet).</summary>
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

    public override string ToString() => Value;
}
