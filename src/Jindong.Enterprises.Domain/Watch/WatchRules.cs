using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Domain.Watch;

/// <summary>
/// The watch lists' rules for one firm, from its figures of a year and of the year before, the tier
/// it is recorded at and its target: pure, so the lists and their tests read the same rules.
/// </summary>
public static class WatchRules
{
    /// <summary>小升规: a firm below 规上 whose output is near the threshold, or that crosses it next year at its last growth.</summary>
    public static WatchReason? Candidate(decimal output, decimal? previous, WatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var threshold = Tier.AboveScale.ThresholdWan();
        if (output >= threshold)
        {
            return null;
        }

        if (output >= threshold * limits.CandidateShare)
        {
            return WatchReason.NearAboveScale;
        }

        return previous is > 0 && output > previous && output * output / previous.Value >= threshold
            ? WatchReason.GrowingToAboveScale
            : null;
    }

    /// <summary>At risk of falling: below the threshold of the recorded tier, or fallen to just above it.</summary>
    public static WatchReason? Falling(Tier recorded, decimal output, decimal? previous, WatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (recorded == Tier.BelowScale)
        {
            return null;
        }

        var threshold = recorded.ThresholdWan();
        if (output < threshold)
        {
            return WatchReason.BelowRecordedTier;
        }

        return previous is { } before && output < before && output < threshold * (1 + limits.RiskMargin)
            ? WatchReason.NearTierThreshold
            : null;
    }

    /// <summary>The yearly growth needed to reach the target's threshold in the years left, when it exceeds the path rate.</summary>
    public static decimal? OffPath(Tier target, decimal output, int yearsLeft, WatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var threshold = target.ThresholdWan();
        if (yearsLeft <= 0 || output >= threshold)
        {
            return null;
        }

        return Plans.RequiredGrowth.Rate(threshold, output, yearsLeft) is { } rate && (decimal)rate > limits.PathGrowth ? (decimal)rate : null;
    }

    /// <summary>The data-quality checks a year's figures fail, against the year before where there is one.</summary>
    public static IReadOnlyList<FigureFlag> Flags(FigureValues values, FigureValues? previous, bool aboveScale, WatchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(limits);
        var flags = new List<FigureFlag>();
        foreach (var measure in Measures.All)
        {
            if (previous is null || measure.Get(previous) is not { } before || before <= 0 || measure.Get(values) is not { } now)
            {
                continue;
            }

            if (now > before * limits.JumpFactor)
            {
                flags.Add(new FigureFlag(FigureCheck.Rise, measure.Measure));
            }
            else if (now * limits.JumpFactor < before)
            {
                flags.Add(new FigureFlag(FigureCheck.Fall, measure.Measure));
            }
        }

        if (values.TaxWan > values.OutputWan)
        {
            flags.Add(new FigureFlag(FigureCheck.TaxAboveOutput));
        }

        if (values.ValueAddedWan > values.OutputWan)
        {
            flags.Add(new FigureFlag(FigureCheck.ValueAddedAboveOutput));
        }

        if (aboveScale && values.LandMu is null)
        {
            flags.Add(new FigureFlag(FigureCheck.LandMissing));
        }

        return flags;
    }
}
