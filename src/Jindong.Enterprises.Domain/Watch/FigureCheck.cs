namespace Jindong.Enterprises.Domain.Watch;

/// <summary>A data-quality check on a year's figures (数据质量核查).</summary>
public enum FigureCheck
{
    /// <summary>A measure rose more than the jump factor over the year before.</summary>
    Rise,

    /// <summary>A measure fell below the year before divided by the jump factor.</summary>
    Fall,

    /// <summary>税收 above 工业总产值.</summary>
    TaxAboveOutput,

    /// <summary>增加值 above 工业总产值.</summary>
    ValueAddedAboveOutput,

    /// <summary>A 规上 firm without 用地面积.</summary>
    LandMissing,
}

/// <summary>Why a firm is on a watch list (预警).</summary>
public enum WatchReason
{
    /// <summary>小升规: its output is within the candidate share of the 规上 threshold.</summary>
    NearAboveScale,

    /// <summary>小升规: at its last growth rate it crosses the 规上 threshold next year.</summary>
    GrowingToAboveScale,

    /// <summary>Its output lies below the threshold of the tier it is recorded at.</summary>
    BelowRecordedTier,

    /// <summary>Its output fell and lies within the risk margin above its tier's threshold.</summary>
    NearTierThreshold,

    /// <summary>The yearly growth it needs to reach its target by the plan's last year exceeds the path rate.</summary>
    OffTargetPath,
}

/// <summary>One failed check of a firm's figures for a year; <see cref="Measure"/> names the measure for a rise or fall.</summary>
public sealed record FigureFlag(FigureCheck Check, Figures.Measure? Measure = null);
