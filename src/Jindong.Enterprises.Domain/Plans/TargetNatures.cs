namespace Jindong.Enterprises.Domain.Plans;

/// <summary>The natures' printed names, as Table 4-1 prints them and as users type them.</summary>
public static class TargetNatures
{
    private static readonly (TargetNature Nature, string Name)[] Names = [(TargetNature.Expected, "预期性"), (TargetNature.Binding, "约束性")];

    public static string Name(this TargetNature nature) => Names.Single(n => n.Nature == nature).Name;

    public static bool TryParse(string? text, out TargetNature nature)
    {
        var trimmed = text?.Trim();
        foreach (var (candidate, name) in Names)
        {
            if (name == trimmed || string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                nature = candidate;
                return true;
            }
        }

        nature = default;
        return false;
    }
}

/// <summary>The name a tier-count target gets when the user gives none: Table 4-1's own wording.</summary>
public static class TierTargetNames
{
    public static string Of(Tiers.Tier tier) => tier == Tiers.Tier.AboveScale ? "规上工业企业数量" : $"年产值{Tiers.TierScale.Name(tier)}工业企业数量";
}
