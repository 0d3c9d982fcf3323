using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Domain.Plan;

/// <summary>
/// The plan's count of firms at or above a tier (cumulative, "超X亿元"): the 2020 base and
/// 2025 target of Table 4-1, and the cultivation goal of section 六.4.
/// </summary>
public sealed class PlanTierTarget
{
    private PlanTierTarget()
    {
        Source = string.Empty;
    }

    public PlanTierTarget(Tier tier, int? base2020, int? target2025, int? cultivationGoal2025, string source)
    {
        Tier = tier;
        Base2020 = base2020;
        Target2025 = target2025;
        CultivationGoal2025 = cultivationGoal2025;
        Source = source;
    }

    public Tier Tier { get; private set; }

    public int? Base2020 { get; private set; }

    public int? Target2025 { get; private set; }

    public int? CultivationGoal2025 { get; private set; }

    public string Source { get; private set; }
}
