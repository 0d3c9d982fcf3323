namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>评价对象 — the firms an indicator set scores; each is ranked on its own.</summary>
public enum Population
{
    /// <summary>规上: the year's output implies 规上 or above.</summary>
    AboveScale,

    /// <summary>规下.</summary>
    BelowScale,
}

/// <summary>What a firm's missing indicator scores (a numerator not reported, a denominator missing or zero).</summary>
public enum MissingIndicatorRule
{
    /// <summary>The average score of that indicator among the population's firms that have it.</summary>
    Average,

    /// <summary>Nothing.</summary>
    Zero,

    /// <summary>Left out, the other indicators' scores scaled up to the full weight.</summary>
    Exclude,
}

/// <summary>How classes are cut: by share of the rank, or by score.</summary>
public enum ClassBasis
{
    Rank,
    Score,
}

/// <summary>How a firm holds a parcel of land.</summary>
public enum LandTenure
{
    /// <summary>自有.</summary>
    Owned,

    /// <summary>租入.</summary>
    LeasedIn,

    /// <summary>出租.</summary>
    LeasedOut,
}

/// <summary>Where the land of a firm's 亩均 figures came from.</summary>
public enum LandSource
{
    /// <summary>The firm's parcels: own + leased in − leased out.</summary>
    Parcels,

    /// <summary>The year's 用地面积.</summary>
    Annual,

    /// <summary>Neither is recorded.</summary>
    None,
}

/// <summary>Why a firm is left out of the ranking by the method's exemptions.</summary>
public enum Exemption
{
    /// <summary>Established less than the method's number of years before the year evaluated.</summary>
    NewFirm,

    /// <summary>All its land is new land in its build period.</summary>
    BuildPeriod,

    /// <summary>A kind of firm the method lists.</summary>
    ListedKind,
}

/// <summary>Why a firm that is evaluated has no score or no class.</summary>
public enum Unclassed
{
    /// <summary>No land for 亩均 (none recorded, or not more than 0).</summary>
    NoLand,

    /// <summary>The method scores no indicators for the firm's population.</summary>
    NoIndicatorSet,

    /// <summary>None of the indicators can be computed from the figures.</summary>
    NoIndicatorValue,

    /// <summary>Fewer firms than the method's minimum for rank shares, and no score cut-offs to fall back on.</summary>
    TooFewFirms,
}

/// <summary>Which rule gave an indicator its score.</summary>
public enum IndicatorRule
{
    /// <summary>Value ÷ benchmark × weight.</summary>
    Scored,

    /// <summary>Value ÷ benchmark × weight was above the cap; the cap counts.</summary>
    Capped,

    /// <summary>Missing: the population's average score of the indicator.</summary>
    MissingAverage,

    /// <summary>Missing: zero.</summary>
    MissingZero,

    /// <summary>Missing: left out, the others scaled up to the full weight.</summary>
    MissingExcluded,
}

/// <summary>Where a year's evaluation stands.</summary>
public enum EvaluationStatus
{
    /// <summary>Computed; townships check their firms and may flag data errors; it may be run again.</summary>
    Computed,

    /// <summary>公示: published with its dates; objections are heard.</summary>
    Published,

    /// <summary>Final: the classes are frozen.</summary>
    Final,
}

/// <summary>A township's data-error flag on a firm's result.</summary>
public enum FlagStatus
{
    Open,

    /// <summary>The evaluation was run again after the flag.</summary>
    Recomputed,

    /// <summary>The bureau found the figures right.</summary>
    Dismissed,
}

/// <summary>The bureau's decision on an objection (异议).</summary>
public enum ObjectionDecision
{
    Pending,

    /// <summary>The firm was recomputed with its corrected figures.</summary>
    Upheld,
    Rejected,
}

/// <summary>What is done about a low-efficiency firm (seed 003: 收回一批、改造一批和转让一批).</summary>
public enum RemediationAction
{
    /// <summary>收回.</summary>
    Reclaim,

    /// <summary>改造.</summary>
    Renovate,

    /// <summary>转让.</summary>
    Transfer,

    /// <summary>就地整治.</summary>
    Rectify,
}

/// <summary>Where a remediation case stands.</summary>
public enum RemediationStatus
{
    Open,
    InProgress,

    /// <summary>A later year's figures cleared the line.</summary>
    Cleared,

    /// <summary>Closed with a documented outcome.</summary>
    Closed,
}
