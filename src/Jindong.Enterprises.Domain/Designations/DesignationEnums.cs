namespace Jindong.Enterprises.Domain.Designations;

/// <summary>Who grants a designation.</summary>
public enum DesignationLevel
{
    /// <summary>国家级.</summary>
    National,

    /// <summary>省级.</summary>
    Provincial,

    /// <summary>市级.</summary>
    Municipal,
}

/// <summary>Whether a designation recognises a firm (认定) or puts it on a list to be cultivated toward one (培育).</summary>
public enum DesignationNature
{
    /// <summary>认定.</summary>
    Recognition,

    /// <summary>培育.</summary>
    Cultivation,
}

/// <summary>How a designation ended before its validity ran out, or that it ran out and was not renewed.</summary>
public enum DesignationEnd
{
    /// <summary>撤销: withdrawn by the granting body.</summary>
    Revoked,

    /// <summary>到期: not renewed when its validity ran out.</summary>
    Expired,

    /// <summary>退市/摘牌: a listed or quoted firm left its board.</summary>
    Delisted,
}

/// <summary>The levels' printed names, as announcements print them and users type them.</summary>
public static class DesignationLevels
{
    private static readonly (DesignationLevel Level, string Name)[] Names =
        [(DesignationLevel.National, "国家级"), (DesignationLevel.Provincial, "省级"), (DesignationLevel.Municipal, "市级")];

    public static string Name(this DesignationLevel level) => Names.Single(n => n.Level == level).Name;

    /// <summary>国家级, 国家, national …: the printed name with or without 级, or the English name.</summary>
    public static bool TryParse(string? text, out DesignationLevel level)
    {
        var trimmed = text?.Trim();
        foreach (var (candidate, name) in Names)
        {
            if (name == trimmed || name.TrimEnd('级') == trimmed || string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}
