namespace Jindong.Enterprises.Domain.Plan;

/// <summary>A row of the plan's Table 4-1, values kept as printed (some are ranges or words).</summary>
public sealed class PlanIndicator
{
    private PlanIndicator()
    {
        Category = Name = Unit = Base2020 = Target2025 = AnnualGrowthPct = Nature = string.Empty;
    }

    public PlanIndicator(int sortOrder, string category, string name, string unit, string base2020, string target2025, string annualGrowthPct, string nature)
    {
        SortOrder = sortOrder;
        Category = category;
        Name = name;
        Unit = unit;
        Base2020 = base2020;
        Target2025 = target2025;
        AnnualGrowthPct = annualGrowthPct;
        Nature = nature;
    }

    public int Id { get; private set; }

    public int SortOrder { get; private set; }

    public string Category { get; private set; }

    public string Name { get; private set; }

    public string Unit { get; private set; }

    public string Base2020 { get; private set; }

    public string Target2025 { get; private set; }

    public string AnnualGrowthPct { get; private set; }

    /// <summary>性质: 预期性 or 约束性.</summary>
    public string Nature { get; private set; }
}
