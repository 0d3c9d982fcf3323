using System.Globalization;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Tests.Domain;

public sealed class TierScaleTests
{
    [Theory]
    [InlineData("0", "规下")]
    [InlineData("1999.9999", "规下")]
    [InlineData("2000", "规上")]
    [InlineData("9999.99", "规上")]
    [InlineData("10000", "超亿元")]
    [InlineData("49999", "超亿元")]
    [InlineData("50000", "超5亿元")]
    [InlineData("99999.9999", "超5亿元")]
    [InlineData("100000", "超10亿元")]
    [InlineData("200000", "超20亿元")]
    [InlineData("499999", "超20亿元")]
    [InlineData("500000", "超50亿元")]
    [InlineData("12000000", "超50亿元")]
    public void Output_implies_the_tier_whose_inclusive_threshold_it_reaches(string outputWan, string tier)
    {
        var implied = TierScale.ImpliedBy(decimal.Parse(outputWan, CultureInfo.InvariantCulture));

        Assert.Equal(tier, implied.Name());
    }

    [Fact]
    public void Negative_output_implies_no_tier()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TierScale.ImpliedBy(-0.01m));
    }

    [Fact]
    public void The_scale_lists_the_seven_printed_names_from_the_lowest_tier_up()
    {
        Assert.Equal(["规下", "规上", "超亿元", "超5亿元", "超10亿元", "超20亿元", "超50亿元"], TierScale.All.Select(d => d.Name));
        Assert.Equal([0m, 2_000m, 10_000m, 50_000m, 100_000m, 200_000m, 500_000m], TierScale.All.Select(d => d.ThresholdWan));
    }

    [Theory]
    [InlineData("规下", Tier.BelowScale)]
    [InlineData("规上", Tier.AboveScale)]
    [InlineData("超亿元", Tier.Over100Million)]
    [InlineData("超5亿元", Tier.Over500Million)]
    [InlineData("超10亿元", Tier.Over1Billion)]
    [InlineData("超20亿元", Tier.Over2Billion)]
    [InlineData("超50亿元", Tier.Over5Billion)]
    public void A_printed_name_parses_to_its_tier_and_the_tier_prints_the_same_name(string name, Tier tier)
    {
        Assert.Equal(tier, TierScale.Parse(name));
        Assert.Equal(name, tier.Name());
    }

    [Theory]
    [InlineData("超 50 亿元", Tier.Over5Billion)]
    [InlineData(" 超亿元 ", Tier.Over100Million)]
    [InlineData("over100million", Tier.Over100Million)]
    public void A_name_with_the_spaces_of_pdf_extraction_or_the_code_name_parses(string text, Tier tier)
    {
        Assert.True(TierScale.TryParse(text, out var parsed));
        Assert.Equal(tier, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("超100亿元")]
    [InlineData("规模以上")]
    public void An_unknown_name_does_not_parse(string? text)
    {
        Assert.False(TierScale.TryParse(text, out _));
    }

    [Fact]
    public void Parsing_an_unknown_name_fails_with_a_format_error()
    {
        Assert.Throws<FormatException>(() => TierScale.Parse("超3亿元"));
    }

    [Fact]
    public void Cultivation_targets_start_at_above_scale()
    {
        Assert.DoesNotContain(Tier.BelowScale, TierScale.TargetTiers);
        Assert.Equal(Tier.AboveScale, TierScale.TargetTiers.First());
    }
}
