namespace Jindong.Enterprises.Domain.Enterprises;

/// <summary>Where a firm's industry segment came from, so nobody mistakes an inference for the plan's word.</summary>
public enum SegmentSource
{
    /// <summary>No segment assigned.</summary>
    Unclassified,

    /// <summary>The plan's Appendix 1 names the firm on a platform of that segment.</summary>
    PlanAppendix1,

    /// <summary>The plan's Appendix 3 names the firm's investment project.</summary>
    PlanAppendix3,

    /// <summary>The plan's body text names the firm.</summary>
    PlanText,

    /// <summary>Inferred from the firm's name.</summary>
    InferredFromName,

    /// <summary>Set by a user.</summary>
    Manual,
}
