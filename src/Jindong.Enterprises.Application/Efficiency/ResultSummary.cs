using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Domain.Efficiency;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>A firm's result as the audit trail keeps it before and after a run or an objection.</summary>
public sealed record ResultSummary(int Year, string Population, decimal? TaxPerMu, bool? LowEfficiency, string? Exemption, string? Unclassed, decimal? Score, int? Rank, int? RankedCount, string? Class)
{
    public static ResultSummary Of(int year, FirmEvaluation firm) => new(
        year,
        Codes.Of(firm.Population),
        firm.TaxPerMu,
        firm.LowEfficiency,
        firm.Exemption is { } e ? Codes.Of(e) : null,
        firm.Unclassed is { } u ? Codes.Of(u) : null,
        firm.Score,
        firm.Rank,
        firm.RankedCount,
        firm.Class);

    public static ResultSummary Of(int year, EfficiencyResult result) => Of(year, result.ToEvaluation([]));
}
