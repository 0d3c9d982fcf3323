namespace Jindong.Enterprises.Domain.Tiers;

/// <summary>档次变动 — one change of a firm's recorded tier.</summary>
public sealed class TierMove
{
    private TierMove()
    {
        Reason = string.Empty;
        MovedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public int Year { get; private set; }

    public Tier? From { get; private set; }

    public Tier To { get; private set; }

    public TierMoveKind Kind { get; private set; }

    public string Reason { get; private set; }

    /// <summary>True when the move was made against what the recorded output implies.</summary>
    public bool IsOverride { get; private set; }

    public int? ReviewId { get; private set; }

    public string MovedBy { get; private set; }

    public DateTime MovedAt { get; private set; }

    internal static TierMove Create(int enterpriseId, int year, Tier? from, Tier to, TierMoveKind kind, string reason, bool isOverride, int? reviewId, string movedBy, DateTime movedAt) =>
        new()
        {
            EnterpriseId = enterpriseId,
            Year = year,
            From = from,
            To = to,
            Kind = kind,
            Reason = reason,
            IsOverride = isOverride,
            ReviewId = reviewId,
            MovedBy = movedBy,
            MovedAt = movedAt,
        };
}
