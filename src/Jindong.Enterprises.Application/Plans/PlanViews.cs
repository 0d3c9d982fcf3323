using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Domain.Plans;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>A plan as lists, reports and the audit trail show it; <see cref="Kind"/> is its code (five-year, action).</summary>
public sealed record PlanSummary(string Code, string Title, string Kind, string Source, int BaseYear, int FirstYear, int LastYear, bool Closed, int Version)
{
    public static PlanSummary Of(PlanPeriod plan) => new(
        plan.Code, plan.Title, Codes.Of(plan.Kind), plan.Source, plan.BaseYear, plan.FirstYear, plan.LastYear, plan.IsClosed, plan.Version);
}

/// <summary>
/// One target as printed and as numbers: codes for its kind, comparison and nature; the township and
/// year of a breakdown; the official figure where one was entered.
/// </summary>
public sealed record PlanTargetView(
    int Id,
    string Plan,
    string Category,
    string Name,
    string Kind,
    string? Subject,
    string Unit,
    decimal? Base,
    string? BaseText,
    decimal? Target,
    string TargetText,
    string Comparison,
    string? Growth,
    string? Nature,
    string Source,
    string? Township,
    int? Year,
    decimal? OfficialValue,
    string? OfficialText,
    bool? OfficialReached,
    string? OfficialSource,
    int Version)
{
    public static PlanTargetView Of(PlanPeriod plan, PlanTarget t, string? township) => new(
        t.Id, plan.Code, t.Category, t.Name, Codes.Of(t.Kind), t.Subject, t.Unit, t.BaseValue, t.BaseText, t.TargetValue, t.TargetText,
        Codes.Of(t.Comparison), t.GrowthText, t.Nature?.Name(), t.Source, township, t.Year,
        t.OfficialValue, t.OfficialText, t.OfficialReached, t.OfficialSource, t.Version);
}

public sealed record PlanDetails(PlanSummary Plan, IReadOnlyList<PlanTargetView> Targets);
