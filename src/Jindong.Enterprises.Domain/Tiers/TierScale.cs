namespace Jindong.Enterprises.Domain.Tiers;

/// <summary>
/// The tier thresholds (工业总产值, 万元, inclusive) and the plan's printed names.
/// The names are domain data: the plan, the CLI and imports all use them verbatim.
/// </summary>
public static class TierScale
{
    private static readonly TierDefinition[] Definitions =
    [
        new(Tier.BelowScale, "规下", 0m),
        new(Tier.AboveScale, "规上", 2_000m),
        new(Tier.Over100Million, "超亿元", 10_000m),
        new(Tier.Over500Million, "超5亿元", 50_000m),
        new(Tier.Over1Billion, "超10亿元", 100_000m),
        new(Tier.Over2Billion, "超20亿元", 200_000m),
        new(Tier.Over5Billion, "超50亿元", 500_000m),
    ];

    /// <summary>All tiers from the lowest to the highest.</summary>
    public static IReadOnlyList<TierDefinition> All => Definitions;

    /// <summary>The tiers a cultivation target may name (the plan's Appendix 4 uses 超亿元 and above).</summary>
    public static IEnumerable<Tier> TargetTiers => Definitions.Where(d => d.Tier >= Tier.AboveScale).Select(d => d.Tier);

    public static TierDefinition Of(Tier tier) => Definitions[(int)tier];

    public static string Name(this Tier tier) => Of(tier).Name;

    public static decimal ThresholdWan(this Tier tier) => Of(tier).ThresholdWan;

    /// <summary>The tier that an annual gross output value (万元) implies; thresholds are inclusive.</summary>
    public static Tier ImpliedBy(decimal outputWan)
    {
        if (outputWan < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(outputWan), outputWan, "Output value cannot be negative.");
        }

        for (var i = Definitions.Length - 1; i > 0; i--)
        {
            if (outputWan >= Definitions[i].ThresholdWan)
            {
                return Definitions[i].Tier;
            }
        }

        return Tier.BelowScale;
    }

    public static bool TryParse(string? text, out Tier tier)
    {
        var trimmed = text?.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        foreach (var definition in Definitions)
        {
            if (string.Equals(definition.Name, trimmed, StringComparison.Ordinal)
                || string.Equals(definition.Tier.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                tier = definition.Tier;
                return true;
            }
        }

        tier = default;
        return false;
    }

    public static Tier Parse(string text) =>
        TryParse(text, out var tier) ? tier : throw new FormatException($"Unknown tier '{text}'.");
}

/// <summary>One tier with its printed name and its inclusive lower bound in 万元.</summary>
public sealed record TierDefinition(Tier Tier, string Name, decimal ThresholdWan);
