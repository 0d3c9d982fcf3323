using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Tests.Domain;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91370200797522673R")]
    [InlineData("914403001922038216")]
    public void The_published_example_codes_are_valid(string code)
    {
        Assert.True(UnifiedSocialCreditCode.IsValid(code));
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(code).Value);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91370200797522673R")]
    [InlineData("914403001922038216")]
    public void The_check_character_of_the_first_17_characters_is_the_18th(string code)
    {
        Assert.Equal(code[17], UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17)));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "wrong check character")]
    [InlineData("91370200797522673A", "wrong check character")]
    [InlineData("91350100M000100Y4", "17 characters")]
    [InlineData("91350100M000100Y430", "19 characters")]
    [InlineData("", "empty")]
    [InlineData("91350100I000100Y43", "letter I")]
    [InlineData("91350100O000100Y43", "letter O")]
    [InlineData("91350100S000100Y43", "letter S")]
    [InlineData("91350100V000100Y43", "letter V")]
    [InlineData("91350100Z000100Y43", "letter Z")]
    [InlineData("9135010０M000100Y43", "a full-width digit")]
    public void A_code_that_breaks_the_standard_is_invalid(string code, string why)
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(code), why);
        Assert.Throws<FormatException>(() => UnifiedSocialCreditCode.Parse(code));
    }

    [Fact]
    public void No_code_is_not_a_valid_code()
    {
        Assert.False(UnifiedSocialCreditCode.IsValid(null));
    }

    [Theory]
    [InlineData("91350100m000100y43", "91350100M000100Y43")]
    [InlineData(" 91370200797522673r ", "91370200797522673R")]
    public void Lower_case_and_surrounding_spaces_are_accepted_and_normalised(string typed, string stored)
    {
        Assert.Equal(stored, UnifiedSocialCreditCode.Parse(typed).Value);
    }

    [Fact]
    public void Every_17_characters_from_the_alphabet_get_a_check_character_that_validates()
    {
        const string body = "91330703MA2HXXXXX";
        var alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        foreach (var c in alphabet)
        {
            var first17 = body.Replace('X', c);
            var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);

            Assert.True(UnifiedSocialCreditCode.IsValid(code), code);
        }
    }

    [Fact]
    public void A_check_character_needs_exactly_17_characters_from_the_alphabet()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("9135010".AsSpan()));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("91350100I000100Y4".AsSpan()));
    }
}
