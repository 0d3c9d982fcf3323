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
        Assert.Null(UnifiedSocialCreditCode.Check(code));
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(code).Value);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91370200797522673R")]
    [InlineData("914403001922038216")]
    public void The_check_characters_of_the_published_codes_are_the_ones_they_print(string code)
    {
        Assert.Equal(code[17], UnifiedSocialCreditCode.CheckCharacter(code.AsSpan(0, 17)));
        Assert.Equal(code[16], UnifiedSocialCreditCode.OrganizationCheckCharacter(code.AsSpan(8, 8)));
    }

    [Theory]
    [InlineData("91350100M000100Y44", CreditCodeProblem.CheckCharacter)]
    [InlineData("91370200797522673A", CreditCodeProblem.CheckCharacter)]
    [InlineData("91350100M000100Y4", CreditCodeProblem.Length)]
    [InlineData("91350100M000100Y430", CreditCodeProblem.Length)]
    [InlineData("", CreditCodeProblem.Length)]
    [InlineData("91350100I000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100O000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100S000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100V000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100Z000100Y43", CreditCodeProblem.Character)]
    [InlineData("B1350100M000100Y43", CreditCodeProblem.Authority)]
    [InlineData("01350100M000100Y43", CreditCodeProblem.Authority)]
    [InlineData("94350100M000100Y43", CreditCodeProblem.InstitutionType)]
    [InlineData("Y2350100M000100Y43", CreditCodeProblem.InstitutionType)]
    [InlineData("9B3307023041045629", CreditCodeProblem.InstitutionType)]
    [InlineData("91B10000MA8CMEJ016", CreditCodeProblem.Region)]
    [InlineData("91990100M000100Y43", CreditCodeProblem.Region)]
    [InlineData("91350100M000100Y53", CreditCodeProblem.OrganizationCode)]
    public void A_code_that_breaks_the_standard_is_refused_naming_the_rule(string code, CreditCodeProblem problem)
    {
        Assert.Equal(problem, UnifiedSocialCreditCode.Check(code));
        Assert.False(UnifiedSocialCreditCode.IsValid(code));
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
    [InlineData("９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43")]
    [InlineData("\u300091370200797522673Ｒ\u3000", "91370200797522673R")]
    public void Lower_case_full_width_and_surrounding_spaces_are_read_as_the_code(string typed, string stored)
    {
        Assert.Equal(stored, UnifiedSocialCreditCode.Parse(typed).Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44", CreditCodeProblem.CheckCharacter)]
    [InlineData("9B3307023041045629", CreditCodeProblem.InstitutionType)]
    [InlineData("91B10000MA8CMEJ016", CreditCodeProblem.Region)]
    public void A_code_of_the_right_form_that_breaks_a_rule_can_be_recorded_by_override(string code, CreditCodeProblem problem)
    {
        Assert.True(UnifiedSocialCreditCode.TryParseOverridden(code, out var overridden));
        Assert.Equal((code, problem), (overridden.Value, overridden.Problem));
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100I000100Y43")]
    [InlineData("9135 0100M000100Y43")]
    public void A_code_without_the_form_of_one_cannot_be_recorded_even_by_override(string code)
    {
        Assert.False(UnifiedSocialCreditCode.TryParseOverridden(code, out _));
    }

    [Fact]
    public void Check_characters_need_exactly_the_characters_they_are_computed_from()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("9135010".AsSpan()));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("91350100I000100Y4".AsSpan()));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.OrganizationCheckCharacter("M00010".AsSpan()));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.OrganizationCheckCharacter("m000100Y".AsSpan()));
    }
}
