namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// The year-named JSON fields earlier versions wrote (base2020, target2025, cultivationGoal2025),
/// kept beside the generic ones and named from the plan shown: the 十四五 gives exactly the old
/// names, a later plan its own years (base2025, target2030).
/// </summary>
public static class PlanAliases
{
    public static Dictionary<string, object?>? Of(int? baseYear, int? targetYear, object? baseValue, object? target, object? goal = null, bool withGoal = false)
    {
        if (baseYear is null || targetYear is null)
        {
            return null;
        }

        var aliases = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [$"base{baseYear}"] = baseValue,
            [$"target{targetYear}"] = target,
        };
        if (withGoal)
        {
            aliases[$"cultivationGoal{targetYear}"] = goal;
        }

        return aliases;
    }
}
