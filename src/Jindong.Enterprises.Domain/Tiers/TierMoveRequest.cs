namespace Jindong.Enterprises.Domain.Tiers;

/// <summary>What a caller asks of <c>Enterprise.MoveTier</c>.</summary>
/// <param name="ImpliedTier">The tier the year's recorded output implies; null when there are no figures.</param>
/// <param name="Kind">Null lets the firm choose: initial when its tier was unknown, else manual.</param>
/// <param name="LatestFiguresYear">The firm's latest year with figures: a manual move for an older year needs an override.</param>
public sealed record TierMoveRequest(
    Tier To,
    int Year,
    string Reason,
    Tier? ImpliedTier,
    bool IsOverride,
    string Actor,
    TierMoveKind? Kind = null,
    int? ReviewId = null,
    int? LatestFiguresYear = null);
