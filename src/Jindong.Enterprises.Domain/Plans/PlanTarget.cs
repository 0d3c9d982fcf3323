namespace Jindong.Enterprises.Domain.Plans;

/// <summary>
/// One target of a plan: what it counts (<see cref="Kind"/> and <see cref="Subject"/>), its base and
/// target values as numbers in <see cref="Unit"/> beside the text the source prints, the comparison
/// that says when it is reached, its nature and where it comes from. A target may be the district's
/// for the plan's last year, or a breakdown: one township's share, and/or a milestone for one year.
/// An official figure entered by the bureau stands in for a value the registry cannot compute.
/// </summary>
public sealed class PlanTarget
{
    public const int NameMaxLength = 100;
    public const int CategoryMaxLength = 50;
    public const int UnitMaxLength = 20;
    public const int SubjectMaxLength = 50;
    public const int TextMaxLength = 100;
    public const int SourceMaxLength = 300;

    private PlanTarget()
    {
        Category = Name = Unit = TargetText = Source = Scope = string.Empty;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>类别 as the source groups it (规模质量, 企业成长, 六.4 企业培育工程 …).</summary>
    public string Category { get; private set; }

    /// <summary>指标名称 as printed; with the scope, the target's key within its plan.</summary>
    public string Name { get; private set; }

    public TargetKind Kind { get; private set; }

    /// <summary>The tier's printed name, the indicator's code, or the count's name; null for an indicator nothing computes.</summary>
    public string? Subject { get; private set; }

    /// <summary>The unit the values are in (亿元, %, 家, 万元/亩 …).</summary>
    public string Unit { get; private set; }

    public decimal? BaseValue { get; private set; }

    /// <summary>The base as printed (「[203.18]」, 「—」).</summary>
    public string? BaseText { get; private set; }

    public decimal? TargetValue { get; private set; }

    /// <summary>The target as printed (「22以上」, 「0.45」 where the value is 45 %, 「完成省下达任务」).</summary>
    public string TargetText { get; private set; }

    public TargetComparison Comparison { get; private set; }

    /// <summary>年均增长 as printed, where the source gives it.</summary>
    public string? GrowthText { get; private set; }

    /// <summary>预期性 or 约束性; null where the source prints none.</summary>
    public TargetNature? Nature { get; private set; }

    /// <summary>Where the target is printed (document, table or section, line), or who set it and why.</summary>
    public string Source { get; private set; }

    /// <summary>The township whose share this is; null for the district.</summary>
    public int? TownshipId { get; private set; }

    /// <summary>The year this is a milestone for; null for the plan's last year.</summary>
    public int? Year { get; private set; }

    /// <summary>The township and year as one non-null key ("", "t3", "y2027", "t3-y2027"), so the unique index holds on every engine.</summary>
    public string Scope { get; private set; }

    /// <summary>The official figure for the target's year, entered where the registry cannot compute it.</summary>
    public decimal? OfficialValue { get; private set; }

    /// <summary>The official finding as words (「已完成」), for a target that is a phrase.</summary>
    public string? OfficialText { get; private set; }

    /// <summary>For a phrase target: whether the official finding says it was reached.</summary>
    public bool? OfficialReached { get; private set; }

    /// <summary>Where the official figure comes from (统计公报, 省考核结果 …).</summary>
    public string? OfficialSource { get; private set; }

    public int Version { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static PlanTarget Create(PlanPeriod plan, int sortOrder, TargetSpec spec, int? townshipId, int? year, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureOpen();
        EnsureYear(plan, year);
        var target = new PlanTarget
        {
            PlanId = plan.Id,
            SortOrder = sortOrder,
            TownshipId = townshipId,
            Year = year,
            Scope = ScopeOf(townshipId, year),
            Version = 1,
            UpdatedAt = now,
        };
        target.Apply(spec);
        return target;
    }

    /// <summary>Changes what the target says; false, and nothing changed, when it already says so.</summary>
    public bool Change(PlanPeriod plan, TargetSpec spec, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        plan.EnsureOpen();
        if (Spec() == spec)
        {
            return false;
        }

        Apply(spec);
        Version++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>
    /// Records the official figure of the target's year. Allowed after the plan is closed: the
    /// final evaluation is written then, from figures published after the period.
    /// </summary>
    public void RecordOfficial(decimal? value, string? text, bool? reached, string source, DateTime now)
    {
        OfficialValue = value;
        OfficialText = text;
        OfficialReached = reached;
        OfficialSource = source;
        Version++;
        UpdatedAt = now;
    }

    public TargetSpec Spec() => new(Category, Name, Kind, Subject, Unit, BaseValue, BaseText, TargetValue, TargetText, Comparison, GrowthText, Nature, Source);

    /// <summary>The year the target's value is read at.</summary>
    public int YearIn(PlanPeriod plan) => Year ?? plan?.LastYear ?? throw new ArgumentNullException(nameof(plan));

    public static string ScopeOf(int? townshipId, int? year) =>
        string.Join('-', new[] { townshipId is { } t ? $"t{t}" : null, year is { } y ? $"y{y}" : null }.Where(p => p is not null));

    private static void EnsureYear(PlanPeriod plan, int? year)
    {
        if (year is { } y && !plan.Covers(y))
        {
            throw new DomainRuleException(DomainRules.TargetYearOutsidePlan, y, plan.Code, plan.FirstYear, plan.LastYear);
        }
    }

    private void Apply(TargetSpec spec)
    {
        (Category, Name, Kind, Subject, Unit, BaseValue, BaseText, TargetValue, TargetText, Comparison, GrowthText, Nature, Source) = spec;
    }
}

/// <summary>What a target says, as one value: the key (name), what it counts, and its values as numbers and as printed.</summary>
public sealed record TargetSpec(
    string Category,
    string Name,
    TargetKind Kind,
    string? Subject,
    string Unit,
    decimal? BaseValue,
    string? BaseText,
    decimal? TargetValue,
    string TargetText,
    TargetComparison Comparison,
    string? GrowthText,
    TargetNature? Nature,
    string Source);
