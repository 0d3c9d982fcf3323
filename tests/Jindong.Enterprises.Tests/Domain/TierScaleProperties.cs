using CsCheck;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Tests.Domain;

/// <summary>
/// The tier rule on generated outputs, against the thresholds as the plan prints them (万元,
/// inclusive): 规上 2,000; 超亿元 10,000; 超5亿元 50,000; 超10亿元 100,000; 超20亿元 200,000; 超50亿元 500,000.
/// </summary>
public sealed class TierScaleProperties
{
    private static readonly decimal[] Thresholds = [2_000m, 10_000m, 50_000m, 100_000m, 200_000m, 500_000m];

    /// <summary>Outputs anywhere from nothing to beyond the top tier, and many just either side of a threshold.</summary>
    private static readonly Gen<decimal> Output = Gen.Frequency(
        (2, Gen.Decimal[0m, 1_000_000m].Select(d => Math.Round(d, 4))),
        (1, Gen.Decimal[0m, 1_000_000_000_000m]),
        (3, Gen.Select(Gen.Int[0, Thresholds.Length - 1], Gen.Int[-10_000, 10_000]).Select((t, offset) => Math.Max(0m, Thresholds[t] + (offset / 10_000m)))));

    [Fact]
    public void A_larger_output_never_implies_a_lower_tier()
    {
        Gen.Select(Output, Output).Sample((a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);

            Assert.True(TierScale.ImpliedBy(low) <= TierScale.ImpliedBy(high), $"{low} → {TierScale.ImpliedBy(low)}, {high} → {TierScale.ImpliedBy(high)}");
        });
    }

    [Fact]
    public void Each_tier_holds_exactly_the_outputs_of_its_band()
    {
        Output.Sample(output =>
        {
            var expected = (Tier)Thresholds.Count(threshold => output >= threshold);
            var tier = TierScale.ImpliedBy(output);

            Assert.Equal(expected, tier);
            Assert.True(output >= tier.ThresholdWan() && (tier == Tier.Over5Billion || output < (tier + 1).ThresholdWan()), $"{output} → {tier}");
        });
    }

    [Fact]
    public void Every_threshold_is_inclusive_and_the_smallest_step_below_it_is_the_tier_below()
    {
        Gen.Select(Gen.Int[0, Thresholds.Length - 1], Gen.Int[1, 1_000_000]).Sample((t, below) =>
        {
            var tier = (Tier)(t + 1);

            Assert.Equal(tier, TierScale.ImpliedBy(Thresholds[t]));
            Assert.Equal(tier - 1, TierScale.ImpliedBy(Thresholds[t] - (below / 1_000_000_000m)));
        });
    }

    [Fact]
    public void A_negative_output_implies_no_tier()
    {
        Gen.Decimal[-1_000_000_000_000m, -0.0000001m].Sample(output =>
            Assert.Throws<ArgumentOutOfRangeException>(() => TierScale.ImpliedBy(output)));
    }

    [Fact]
    public void Every_tier_prints_a_name_that_parses_back_to_it_with_or_without_spaces()
    {
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 3]).Sample((t, spaces) =>
        {
            var tier = (Tier)t;
            var name = tier.Name();
            var spaced = string.Join(new string(' ', spaces), name.ToCharArray());

            Assert.Equal(tier, TierScale.Parse(spaced));
        });
    }

    [Fact]
    public void A_name_the_scale_does_not_print_does_not_parse()
    {
        var names = TierScale.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        Gen.String.Where(s => !names.Contains(s.Replace(" ", string.Empty, StringComparison.Ordinal).Trim())
                && !Enum.GetNames<Tier>().Contains(s.Replace(" ", string.Empty, StringComparison.Ordinal).Trim(), StringComparer.OrdinalIgnoreCase))
            .Sample(text => Assert.False(TierScale.TryParse(text, out _), text));
    }
}
