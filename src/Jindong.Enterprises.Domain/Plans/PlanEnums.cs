namespace Jindong.Enterprises.Domain.Plans;

/// <summary>What kind of plan a period is: the five-year plan every report follows, or an action plan beside it.</summary>
public enum PlanKind
{
    /// <summary>五年规划 (十四五, 十五五 …): at most one covers a year; the progress, gap and dashboard figures follow it.</summary>
    FiveYear,

    /// <summary>行动计划 (e.g. 二次开发 2.0): may overlap the five-year plan; evaluated on its own.</summary>
    Action,
}

/// <summary>
/// What a target counts. The kind and the target's <see cref="PlanTarget.Subject"/> together name it:
/// a tier (超亿元 — firms at or above it), a district indicator the registry computes from firm
/// figures (its code), or another count (a designation such as 国家高新技术企业, by name). A new kind of
/// count is a new subject — rows, not schema; the registry computes every subject it has a source for
/// and lists the others as needing external data.
/// </summary>
public enum TargetKind
{
    Tier,
    Indicator,
    Count,
}

/// <summary>指标性质.</summary>
public enum TargetNature
{
    /// <summary>预期性.</summary>
    Expected,

    /// <summary>约束性.</summary>
    Binding,
}

/// <summary>How a value is judged against the target value.</summary>
public enum TargetComparison
{
    /// <summary>Reached when the value is at least the target (「22以上」, a count to reach).</summary>
    AtLeast,

    /// <summary>Reached when the value is at most the target (「下降5%」 as a change of −5 %).</summary>
    AtMost,

    /// <summary>A phrase with no number (「完成省下达任务」): only an official finding says whether it was reached.</summary>
    Phrase,
}

/// <summary>Where a firm stands in a year: in one of the plan's parks, in another named park, or outside every park.</summary>
public enum ParkPlace
{
    /// <summary>A platform of the 十四五's Appendix 1.</summary>
    Platform,

    /// <summary>A micro-enterprise park of Appendix 2.</summary>
    MicroPark,

    /// <summary>Another industrial park, by name.</summary>
    OtherPark,

    /// <summary>Outside every industrial park.</summary>
    Outside,
}
