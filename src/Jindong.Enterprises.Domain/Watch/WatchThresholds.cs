namespace Jindong.Enterprises.Domain.Watch;

/// <summary>
/// The watch lists' thresholds (预警阈值), stored as data so the bureau can tune them: one row.
/// Shares and rates are fractions (0.7 = 70 %).
/// </summary>
public sealed class WatchThresholds
{
    public const int SingletonId = 1;

    private WatchThresholds()
    {
    }

    public int Id { get; private set; }

    /// <summary>A 规下 firm whose output reaches this share of the 规上 threshold is a 小升规 candidate.</summary>
    public decimal CandidateShare { get; private set; }

    /// <summary>A firm whose output fell and lies less than this share above its tier's threshold is at risk of falling.</summary>
    public decimal RiskMargin { get; private set; }

    /// <summary>A firm that needs more yearly growth than this to reach its target by the plan's last year is off its path.</summary>
    public decimal PathGrowth { get; private set; }

    /// <summary>A measure that rose above this many times, or fell below one this-many-th of, the year before is flagged.</summary>
    public decimal JumpFactor { get; private set; }

    public int Version { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static WatchThresholds Defaults(DateTime now) => new()
    {
        Id = SingletonId,
        CandidateShare = 0.7m,
        RiskMargin = 0.1m,
        PathGrowth = 0.2m,
        JumpFactor = 3m,
        Version = 1,
        UpdatedAt = now,
    };

    public WatchLimits Limits() => new(CandidateShare, RiskMargin, PathGrowth, JumpFactor);

    /// <summary>Sets the thresholds; false, and nothing changed, when they already are these.</summary>
    public bool Change(WatchLimits limits, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits == Limits())
        {
            return false;
        }

        (CandidateShare, RiskMargin, PathGrowth, JumpFactor) = limits;
        Version++;
        UpdatedAt = now;
        return true;
    }
}

/// <summary>The thresholds as one value, as the watch rules read them.</summary>
public sealed record WatchLimits(decimal CandidateShare, decimal RiskMargin, decimal PathGrowth, decimal JumpFactor);
