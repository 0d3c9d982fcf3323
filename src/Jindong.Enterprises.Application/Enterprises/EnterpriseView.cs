using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>A firm as lists, exports and the audit trail show it. Tiers by their printed names.</summary>
/// <param name="CreditCodeOverride">Why a credit code that breaks a GB 32100 rule is recorded; null for a valid code.</param>
public record EnterpriseView(
    int Id,
    int? ListNo,
    string Name,
    string? CreditCode,
    string? CreditCodeOverride,
    string Township,
    string? Segment,
    string SegmentSource,
    string? Target,
    string? Tier,
    string Status,
    string? StatusReason,
    int Version)
{
    public static EnterpriseView Of(Enterprise e, string township, string? segment) => new(
        e.Id,
        e.ListNo,
        e.Name,
        e.CreditCode,
        e.CreditCodeOverride,
        township,
        segment,
        SegmentSources.Code(e.SegmentSource),
        e.Target?.Name(),
        e.CurrentTier?.Name(),
        EnterpriseStatuses.Code(e.Status),
        e.StatusReason,
        e.Version);
}

/// <summary>The stable codes of <see cref="EnterpriseStatus"/> used in JSON, CSV and filters.</summary>
public static class EnterpriseStatuses
{
    public static string Code(EnterpriseStatus status) => status switch
    {
        EnterpriseStatus.Active => "active",
        EnterpriseStatus.MovedOut => "moved-out",
        _ => "closed",
    };

    public static bool TryParse(string? code, out EnterpriseStatus status)
    {
        foreach (var candidate in Enum.GetValues<EnterpriseStatus>())
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}

/// <summary>The stable codes of <see cref="Domain.Enterprises.SegmentSource"/>.</summary>
public static class SegmentSources
{
    public static string Code(SegmentSource source) => source switch
    {
        SegmentSource.PlanAppendix1 => "appendix1",
        SegmentSource.PlanAppendix3 => "appendix3",
        SegmentSource.PlanText => "text",
        SegmentSource.InferredFromName => "name",
        SegmentSource.Manual => "manual",
        _ => "unclassified",
    };

    public static SegmentSource Parse(string code) =>
        Enum.GetValues<SegmentSource>().First(s => Code(s) == code.Trim());
}
