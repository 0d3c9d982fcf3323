using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>
/// How a firm stood from a date on — its status, township, segment and target — as the registry
/// recorded it at a moment. A firm's states are only ever added, each effective no earlier than the
/// one before, so a report for a past year reads the firm as it stood at that year's end, and a report
/// "as of" a date reads only what had been recorded by then.
/// </summary>
public sealed class EnterpriseState
{
    private EnterpriseState()
    {
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>The day (China time) from which the firm stood so.</summary>
    public DateOnly EffectiveOn { get; private set; }

    /// <summary>When the registry learnt it (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    public EnterpriseStatus Status { get; private set; }

    public int TownshipId { get; private set; }

    public int? SegmentId { get; private set; }

    public Tier? Target { get; private set; }

    internal static EnterpriseState Of(Enterprise firm, DateOnly effectiveOn, DateTime recordedAt) =>
        new()
        {
            EnterpriseId = firm.Id,
            EffectiveOn = effectiveOn,
            RecordedAt = recordedAt,
            Status = firm.Status,
            TownshipId = firm.TownshipId,
            SegmentId = firm.SegmentId,
            Target = firm.Target,
        };
}
