using System.Text;
using CsCheck;
using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Tests.Domain;

/// <summary>
/// Generated codes against an oracle written here from GB 32100-2015 and GB 11714 themselves (not
/// from the code under test): the authority and type table, six region digits of a province,
/// the organisation code's mod 11, and the code's mod 31 with weights 3^(i−1).
/// A failure prints CsCheck's seed; passing it as <c>seed:</c> replays the case.
/// </summary>
public sealed class UnifiedSocialCreditCodeProperties
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Position 1 and the position-2 digits it allows, as the standard's table 1 and its later additions print them.</summary>
    private static readonly (char Authority, string Types)[] Table =
    [
        ('1', "1239"), ('2', "19"), ('3', "123459"), ('4', "19"), ('5', "1239"), ('6', "129"),
        ('7', "129"), ('8', "19"), ('9', "123"), ('A', "19"), ('N', "1239"), ('Y', "1"),
    ];

    private static readonly string[] Provinces =
    [
        "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    /// <summary>A valid code built part by part: authority, a type it allows, a region, an organisation code with its check, the check character.</summary>
    private static readonly Gen<string> Code =
        from entry in Gen.Int[0, Table.Length - 1].Select(i => Table[i])
        from type in Gen.Char[entry.Types]
        from province in Gen.Int[0, Provinces.Length - 1].Select(i => Provinces[i])
        from rest in Gen.Char['0', '9'].Array[4]
        from body in Gen.Char[Alphabet].Array[8]
        let organization = new string(body) + Oracle.OrganizationCheck(new string(body))
        let first17 = $"{entry.Authority}{type}{province}{new string(rest)}{organization}"
        select first17 + Oracle.Check(first17);

    [Fact]
    public void Every_code_built_by_the_standards_rules_parses()
    {
        Code.Sample(code =>
        {
            Assert.True(UnifiedSocialCreditCode.TryParse(code, out var parsed), code);
            Assert.Equal(code, parsed.Value);
            Assert.Equal(code[17], UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17)));
            Assert.Equal(code[16], UnifiedSocialCreditCode.OrganizationCheckCharacter(code.AsSpan(8, 8)));
        });
    }

    [Fact]
    public void Validity_agrees_with_the_oracle_for_any_eighteen_characters_of_the_set()
    {
        Gen.Char[Alphabet].Array[18].Select(chars => new string(chars)).Sample(text =>
            Assert.Equal(Oracle.IsValid(text), UnifiedSocialCreditCode.IsValid(text)));
    }

    [Fact]
    public void Validity_agrees_with_the_oracle_for_codes_one_character_away_from_valid()
    {
        Gen.Select(Code, Gen.Int[0, 17], Gen.Char[Alphabet]).Sample((code, at, c) =>
        {
            var changed = string.Concat(code.AsSpan(0, at), c.ToString(), code.AsSpan(at + 1));
            Assert.Equal(Oracle.IsValid(changed), UnifiedSocialCreditCode.IsValid(changed));
        });
    }

    [Fact]
    public void The_two_check_characters_agree_with_the_oracle_on_any_characters_of_the_set()
    {
        Gen.Select(Gen.Char[Alphabet].Array[17], Gen.Char["0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"].Array[8]).Sample((first17, body) =>
        {
            Assert.Equal(Oracle.Check(new string(first17)), UnifiedSocialCreditCode.CheckCharacter(first17));
            Assert.Equal(Oracle.OrganizationCheck(new string(body)), UnifiedSocialCreditCode.OrganizationCheckCharacter(body));
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
    public void Swapping_two_adjacent_different_characters_of_the_first_seventeen_is_detected()
    {
        Gen.Select(Code, Gen.Int[0, 15]).Where((code, i) => code[i] != code[i + 1]).Sample((code, i) =>
        {
            var swapped = string.Concat(code.AsSpan(0, i), code[i + 1].ToString(), code[i].ToString(), code.AsSpan(i + 2));

            // Neighbouring weights differ (w(i+1) = 3·w(i), and 2·w(i) ≢ 0 mod 31), so every such swap changes the sum.
            Assert.False(UnifiedSocialCreditCode.IsValid(swapped), $"{code} → {swapped}");
        });
    }

    [Fact]
    public void Lower_case_full_width_and_surrounding_white_space_are_read_as_the_code()
    {
        var space = Gen.Char[" \t\r\n\u3000\u00A0"].Array[0, 3].Select(chars => new string(chars));
        Gen.Select(Code, Gen.Int[0, 2].Array[18], space, space).Sample((code, forms, before, after) =>
        {
            var typed = before + new string(code.Select((c, i) => forms[i] switch
            {
                1 => char.ToLowerInvariant(c),
                2 => (char)(c + 0xFEE0),
                _ => c,
            }).ToArray()) + after;

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
    public void The_letters_the_standard_leaves_out_are_refused_wherever_they_stand()
    {
        Gen.Select(Code, Gen.Int[0, 17], Gen.Char["IOSVZiosvz"]).Sample((code, at, letter) =>
            Assert.False(UnifiedSocialCreditCode.IsValid(string.Concat(code.AsSpan(0, at), letter.ToString(), code.AsSpan(at + 1)))));
    }

    [Fact]
    public void Any_character_that_is_no_character_of_the_set_after_normalising_makes_a_code_invalid()
    {
        var outside = Gen.Char.Where(c => !Alphabet.Contains(c.ToString().Normalize(NormalizationForm.FormKC).ToUpperInvariant(), StringComparison.Ordinal));
        Gen.Select(Code, Gen.Int[1, 16], outside).Sample((code, at, c) =>
            Assert.False(UnifiedSocialCreditCode.IsValid(string.Concat(code.AsSpan(0, at), c.ToString(), code.AsSpan(at + 1))), $"U+{(int)c:X4} at {at}"));
    }

    [Fact]
    public void Any_other_length_is_refused()
    {
        Gen.Char[Alphabet].Array[0, 40].Where(chars => chars.Length != 18).Sample(chars =>
            Assert.False(UnifiedSocialCreditCode.IsValid(new string(chars))));
    }

    [Fact]
    public void Every_code_of_the_right_form_can_be_recorded_by_override_and_keeps_the_rule_it_breaks()
    {
        Gen.Char[Alphabet].Array[18].Select(chars => new string(chars)).Sample(text =>
        {
            Assert.True(UnifiedSocialCreditCode.TryParseOverridden(text, out var code));
            Assert.Equal(Oracle.IsValid(text), code.Problem is null);
        });
    }

    /// <summary>GB 32100-2015 and GB 11714, written from the standards' text.</summary>
    private static class Oracle
    {
        /// <summary>Check = 31 − (Σ value × 3^(i−1) mod 31), 31 written as 0.</summary>
        public static char Check(string first17)
        {
            var sum = 0;
            var weight = 1;
            foreach (var c in first17)
            {
                sum += Alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
                weight = weight * 3 % 31;
            }

            var check = 31 - (sum % 31);
            return Alphabet[check == 31 ? 0 : check];
        }

        /// <summary>C9 = 11 − (Σ Ci × Wi mod 11), weights 3 7 9 10 5 8 4 2, letters A … Z worth 10 … 35; 10 is X, 11 is 0.</summary>
        public static char OrganizationCheck(string body)
        {
            int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
            var sum = body.Select((c, i) => "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".IndexOf(c, StringComparison.Ordinal) * weights[i]).Sum();
            var check = 11 - (sum % 11);
            return check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
        }

        public static bool IsValid(string code) =>
            code.Length == 18
            && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal))
            && Table.Any(entry => entry.Authority == code[0] && entry.Types.Contains(code[1], StringComparison.Ordinal))
            && code[2..8].All(char.IsAsciiDigit)
            && Provinces.Contains(code[2..4])
            && OrganizationCheck(code[8..16]) == code[16]
            && Check(code[..17]) == code[17];
    }
}
