namespace Jindong.Enterprises.Domain.Reviews;

/// <summary>Whether an annual review still takes decisions.</summary>
public enum ReviewStatus
{
    Open,
    SignedOff,
}

/// <summary>The direction of a proposed tier move.</summary>
public enum ProposalKind
{
    Promotion,
    Demotion,
}

/// <summary>A reviewer's decision on a proposal.</summary>
public enum ProposalDecision
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>达标情况 — where the year's output leaves a firm against its cultivation target.</summary>
public enum TargetStatus
{
    /// <summary>The firm has no cultivation target.</summary>
    NoTarget,

    /// <summary>达标: the implied tier is at or above the target.</summary>
    Reached,

    /// <summary>The implied tier is below the target.</summary>
    Behind,

    /// <summary>The firm has no figures for the year.</summary>
    NoFigures,
}

/// <summary>What sign-off did with an approved proposal.</summary>
public enum ProposalOutcome
{
    /// <summary>The move was made.</summary>
    Applied,

    /// <summary>未执行: the firm had left the list (moved out or closed) by sign-off.</summary>
    FirmInactive,

    /// <summary>未执行: the firm already stood at the proposed tier (moved by hand meanwhile).</summary>
    AlreadyAtTier,
}
