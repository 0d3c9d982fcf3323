namespace Jindong.Enterprises.Domain.Tiers;

/// <summary>档次 — an output tier, ordered from the lowest to the highest.</summary>
public enum Tier
{
    BelowScale = 0,
    AboveScale = 1,
    Over100Million = 2,
    Over500Million = 3,
    Over1Billion = 4,
    Over2Billion = 5,
    Over5Billion = 6,
}
