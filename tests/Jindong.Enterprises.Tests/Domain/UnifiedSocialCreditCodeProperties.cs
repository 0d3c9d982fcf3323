using CsCheck;
using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Tests.Domain;

/// <summary>
/// Generated codes against an oracle written here from GB 32100-2015 itself (not the code under
/// test): the 31-character set, weights 3^(i-1) mod 31, check = 31 − (Σ mod 31), 31 → 0.
/// A failure prints CsCheck's seed; passing it as <c>seed:</c> replays the case.
/// </summary>
public sealed class UnifiedSocialCreditCodeProperties
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly Gen<string> Body = Gen.Char[Alphabet].Array[17].Select(chars => new string(chars));

    private static readonly Gen<string> Code = Body.Select(body => body + Oracle.Check(body));

    [Fact]
    public void Any_seventeen_characters_with_the_computed_check_character_parse()
    {
        Code.Sample(code =>
        {
            Assert.True(UnifiedSocialCreditCode.TryParse(code, out var parsed), code);
            Assert.Equal(code, parsed.Value);
            Assert.Equal(code[17], UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17)));
        });
    }

    [Fact]
    public void Every_single_substitution_of_a_character_is_detected()
    {
        Code.Sample(
            code =>
            {
                for (var position = 0; position < code.Length; position++)
                {
                    foreach (var other in Alphabet.Where(c => c != code[position]))
                    {
                        var changed = string.Concat(code.AsSpan(0, position), other.ToString(), code.AsSpan(position + 1));
                        Assert.False(UnifiedSocialCreditCode.IsValid(changed), $"{code} → {changed}");
                    }
                }
            },
            iter: 200);
    }

    [Fact]
    public void Swapping_two_adjacent_different_characters_is_detected_where_the_weights_imply_it()
    {
        Gen.Select(Code, Gen.Int[0, 16]).Where((code, i) => code[i] != code[i + 1]).Sample((code, i) =>
        {
            var swapped = string.Concat(code.AsSpan(0, i), code[i + 1].ToString(), code[i].ToString(), code.AsSpan(i + 2));

            // In the body, neighbouring weights differ (w(i+1) = 3·w(i), and 2·w(i) ≢ 0 mod 31), so every swap
            // changes the sum; a swap with the check character itself is caught exactly when the oracle says so.
            Assert.Equal(Oracle.IsValid(swapped), UnifiedSocialCreditCode.IsValid(swapped));
            if (i < 16)
            {
                Assert.False(UnifiedSocialCreditCode.IsValid(swapped), $"{code} → {swapped}");
            }
        });
    }

    [Fact]
    public void Validity_agrees_with_the_oracle_for_any_eighteen_characters_of_the_set()
    {
        Gen.Char[Alphabet].Array[18].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(Oracle.IsValid(text), UnifiedSocialCreditCode.IsValid(text)));
    }

    [Fact]
    public void Lower_case_and_surrounding_white_space_are_accepted_and_normalised_to_upper_case()
    {
        var space = Gen.Char[" \t\r\n\u3000\u00A0"].Array[0, 3].Select(chars => new string(chars));
        Gen.Select(Code, Gen.Bool.Array[18], space, space).Sample((code, lower, before, after) =>
        {
            var typed = before + new string(code.Select((c, i) => lower[i] ? char.ToLowerInvariant(c) : c).ToArray()) + after;

            Assert.True(UnifiedSocialCreditCode.TryParse(typed, out var parsed), typed);
            Assert.Equal(code, parsed.Value);
        });
    }

    [Fact]
    public void White_space_inside_a_code_is_refused()
    {
        Gen.Select(Code, Gen.Int[1, 17], Gen.Char[" \t\u3000"]).Sample((code, at, space) =>
            Assert.False(UnifiedSocialCreditCode.IsValid(code.Insert(at, space.ToString()))));
    }

    [Fact]
    public void Full_width_characters_are_refused_as_the_standard_prints_none()
    {
        Gen.Select(Code, Gen.Int[0, 17]).Sample((code, at) =>
        {
            var fullWidth = (char)(code[at] + 0xFEE0);

            Assert.False(UnifiedSocialCreditCode.IsValid(string.Concat(code.AsSpan(0, at), fullWidth.ToString(), code.AsSpan(at + 1))));
        });
    }

    [Fact]
    public void The_letters_the_standard_leaves_out_are_refused_wherever_they_stand()
    {
        Gen.Select(Code, Gen.Int[0, 17], Gen.Char["IOSVZiosvz"]).Sample((code, at, letter) =>
            Assert.False(UnifiedSocialCreditCode.IsValid(string.Concat(code.AsSpan(0, at), letter.ToString(), code.AsSpan(at + 1)))));
    }

    [Fact]
    public void Any_character_outside_the_set_in_any_case_makes_a_code_invalid()
    {
        var outside = Gen.Char.Where(c => !Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal));
        Gen.Select(Code, Gen.Int[0, 17], outside).Sample((code, at, c) =>
            Assert.False(UnifiedSocialCreditCode.IsValid(string.Concat(code.AsSpan(0, at), c.ToString(), code.AsSpan(at + 1))), $"U+{(int)c:X4} at {at}"));
    }

    [Fact]
    public void Any_other_length_is_refused()
    {
        Gen.Char[Alphabet].Array[0, 40].Where(chars => chars.Length != 18).Sample(chars =>
            Assert.False(UnifiedSocialCreditCode.IsValid(new string(chars))));
    }

    /// <summary>GB 32100-2015's check character, computed from the standard's formula.</summary>
    private static class Oracle
    {
        public static char Check(string body)
        {
            var sum = 0;
            var weight = 1;
            foreach (var c in body)
            {
                sum += Alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
                weight = weight * 3 % 31;
            }

            var check = 31 - (sum % 31);
            return Alphabet[check == 31 ? 0 : check];
        }

        public static bool IsValid(string code) => code.Length == 18 && Check(code[..17]) == code[17];
    }
}
