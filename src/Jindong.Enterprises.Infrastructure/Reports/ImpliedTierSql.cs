using System.Globalization;
using System.Text;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Infrastructure.Reports;

/// <summary>
/// SQL fragments built from <see cref="TierScale"/>, so the thresholds are written once, in the
/// domain. Tiers are stored by enum name (ConfigureConventions).
/// </summary>
internal static class ImpliedTierSql
{
    /// <summary>CASE giving the rank (Tier's number) an output column implies; thresholds inclusive.</summary>
    public static string RankOf(string outputColumn)
    {
        var sql = new StringBuilder("CASE");
        foreach (var definition in TierScale.All.Reverse().Where(d => d.ThresholdWan > 0))
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {outputColumn} >= {definition.ThresholdWan.ToString(CultureInfo.InvariantCulture)} THEN {(int)definition.Tier}");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE {(int)Tier.BelowScale} END").ToString();
    }

    /// <summary>CASE turning a stored tier name into its rank; NULL stays NULL.</summary>
    public static string RankOfStored(string tierColumn)
    {
        var sql = new StringBuilder($"CASE {tierColumn}");
        foreach (var tier in Enum.GetValues<Tier>())
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN '{tier}' THEN {(int)tier}");
        }

        return sql.Append(" END").ToString();
    }

    /// <summary>CASE turning a rank back into the stored tier name.</summary>
    public static string StoredNameOf(string rankExpression)
    {
        var sql = new StringBuilder($"CASE {rankExpression}");
        foreach (var tier in Enum.GetValues<Tier>())
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {(int)tier} THEN '{tier}'");
        }

        return sql.Append(" END").ToString();
    }

    /// <summary>CASE turning a stored tier name into the plan's printed name (规上, 超亿元 …); NULL stays NULL.</summary>
    public static string PrintedNameOf(string tierColumn)
    {
        var sql = new StringBuilder($"CASE {tierColumn}");
        foreach (var definition in TierScale.All)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN '{definition.Tier}' THEN '{definition.Name}'");
        }

        return sql.Append(" END").ToString();
    }
}
