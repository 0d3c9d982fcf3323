namespace Jindong.Enterprises.Domain.Tiers;

/// <summary>How a tier move came about.</summary>
public enum TierMoveKind
{
    /// <summary>The first recorded tier of a firm whose tier was unknown.</summary>
    Initial,

    /// <summary>An authorised move outside the annual review.</summary>
    Manual,

    /// <summary>A promotion approved in an annual review.</summary>
    ReviewPromotion,

    /// <summary>A demotion approved in an annual review.</summary>
    ReviewDemotion,

    /// <summary>A review's move taken back when the review was reopened.</summary>
    ReviewReverted,
}
