using Jindong.Enterprises.Application.Common;
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
        Codes.Of(e.Status),
        e.StatusReason,
        e.Version);
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
