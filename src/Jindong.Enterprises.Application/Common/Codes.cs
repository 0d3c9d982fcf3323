using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Domain.Watch;

namespace Jindong.Enterprises.Application.Common;

/// <summary>
/// The stable codes of the domain's enums in JSON, CSV and filters — the enum name in kebab case
/// (MovedOut → moved-out) — and their words in the user's language (DisplayText Code_{group}_{code}),
/// one table for the CLI and the web.
/// </summary>
public static class Codes
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    private static readonly Dictionary<Type, string> Groups = new()
    {
        [typeof(EnterpriseStatus)] = "status",
        [typeof(TierMoveKind)] = "kind",
        [typeof(ProposalDecision)] = "decision",
        [typeof(TargetStatus)] = "target",
        [typeof(AccountRole)] = "role",
        [typeof(FiguresSource)] = "source",
        [typeof(Population)] = "population",
        [typeof(MissingIndicatorRule)] = "missing",
        [typeof(ClassBasis)] = "basis",
        [typeof(LandTenure)] = "tenure",
        [typeof(LandSource)] = "land",
        [typeof(Exemption)] = "exemption",
        [typeof(Unclassed)] = "unclassed",
        [typeof(IndicatorRule)] = "rule",
        [typeof(EvaluationStatus)] = "evaluation",
        [typeof(FlagStatus)] = "flag",
        [typeof(ObjectionDecision)] = "objection",
        [typeof(RemediationAction)] = "action",
        [typeof(RemediationStatus)] = "case",
        [typeof(PlanKind)] = "plan-kind",
        [typeof(TargetKind)] = "target-kind",
        [typeof(TargetComparison)] = "comparison",
        [typeof(ParkPlace)] = "park",
        [typeof(ProposalOutcome)] = "outcome",
        [typeof(DesignationLevel)] = "level",
        [typeof(DesignationNature)] = "nature",
        [typeof(DesignationEnd)] = "end",
        [typeof(FigureCheck)] = "check",
        [typeof(WatchReason)] = "watch",
    };

    public static string Of<T>(T value)
        where T : struct, Enum => Cache.GetOrAdd(value, v => Kebab(v.ToString()));

    public static bool TryParse<T>(string? code, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A code a validator has already checked.</summary>
    public static T Parse<T>(string code)
        where T : struct, Enum => TryParse<T>(code, out var value) ? value : throw new FormatException($"Unknown {typeof(T).Name} code '{code}'.");

    /// <summary>The words for a value: 迁出 for EnterpriseStatus.MovedOut.</summary>
    public static string Label<T>(T value)
        where T : struct, Enum => Label(Groups[typeof(T)], Of(value));

    /// <summary>The words for a code of a group ("status", "moved-out"), or the code itself when there are none.</summary>
    public static string Label(string group, string code) =>
        DisplayText.ResourceManager.GetString($"Code_{group}_{code}", DisplayText.Culture) ?? code;

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLower(name[i], CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
