using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// 规划实施情况总结评估 — every target of a plan beside its base, its target and its value in the
/// target's year (the plan's last year, or a milestone's year): reached or not, and the gap. A value
/// is the official figure where the bureau entered one, else what the registry computes, else it
/// needs external data. A count of firms lists the firms that count. A township officer sees the
/// district's targets and their township's shares, valued over their township's firms.
/// </summary>
public sealed record GetPlanEvaluation(string Plan) : IQuery<PlanEvaluation>;

public sealed record PlanEvaluation(PlanSummary Plan, IReadOnlyList<EvaluationRow> Rows);

/// <param name="ValueSource">official (entered by the bureau), computed (from the registry's firm figures) or external (需外部数据: nothing entered yet).</param>
/// <param name="Reached">Whether the value reaches the target; null when either is missing.</param>
/// <param name="Gap">How far the value is from the target (0 when reached); null when either is missing.</param>
public sealed record EvaluationRow(
    int TargetId,
    string Category,
    string Name,
    string Kind,
    string? Subject,
    string Unit,
    string? Township,
    int Year,
    decimal? Base,
    string? BaseText,
    decimal? Target,
    string TargetText,
    string Comparison,
    string? Nature,
    decimal? Value,
    string ValueSource,
    string? OfficialText,
    string? OfficialSource,
    int? Covered,
    int? Of,
    bool? Reached,
    decimal? Gap,
    IReadOnlyList<CountedFirm>? Firms,
    string Source);

internal sealed class GetPlanEvaluationValidator : AbstractValidator<GetPlanEvaluation>
{
    public GetPlanEvaluationValidator() => RuleFor(c => c.Plan!).RequiredText(PlanPeriod.CodeMaxLength, () => Resources.Messages.FieldPlan);
}

internal sealed class GetPlanEvaluationHandler(IApplicationDbContext db, ICurrentUser user, IEnumerable<ITargetValueSource> sources)
    : IRequestHandler<GetPlanEvaluation, PlanEvaluation>
{
    public async Task<PlanEvaluation> Handle(GetPlanEvaluation query, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(query.Plan, nameof(query.Plan), cancellationToken);
        var targets = await db.VisibleTargets(user, plan.Id).ToListAsync(cancellationToken);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var rows = new List<EvaluationRow>(targets.Count);
        foreach (var target in targets)
        {
            rows.Add(await EvaluateAsync(plan, target, target.TownshipId is { } id ? townships[id] : null, cancellationToken));
        }

        return new PlanEvaluation(PlanSummary.Of(plan), rows);
    }

    private async Task<EvaluationRow> EvaluateAsync(PlanPeriod plan, PlanTarget target, string? township, CancellationToken ct)
    {
        var year = target.YearIn(plan);
        var source = sources.FirstOrDefault(s => s.Computes(target.Kind, target.Subject));
        var actual = source is null ? null : await source.ValueAsync(target.Kind, target.Subject!, year, target.TownshipId, ct);
        var official = target.OfficialValue is not null || target.OfficialText is not null || target.OfficialReached is not null;
        var value = official ? target.OfficialValue : actual?.Value;
        var reached = TargetJudgement.Reached(target.Comparison, target.TargetValue, value) ?? (official ? target.OfficialReached : null);
        return new EvaluationRow(
            target.Id, target.Category, target.Name, Codes.Of(target.Kind), target.Subject, target.Unit, township, year,
            target.BaseValue, target.BaseText, target.TargetValue, target.TargetText, Codes.Of(target.Comparison), target.Nature?.Name(),
            value, official ? "official" : actual is null ? "external" : "computed", target.OfficialText, target.OfficialSource,
            official ? null : actual?.Covered, official ? null : actual?.Of, reached, TargetJudgement.Gap(target.Comparison, target.TargetValue, value),
            actual?.Firms, target.Source);
    }
}

/// <summary>Whether a value reaches a target, and by how much it falls short: the one rule for the evaluation and the indicators.</summary>
public static class TargetJudgement
{
    public static bool? Reached(TargetComparison comparison, decimal? target, decimal? value) => (comparison, target, value) switch
    {
        (TargetComparison.AtLeast, { } t, { } v) => v >= t,
        (TargetComparison.AtMost, { } t, { } v) => v <= t,
        _ => null,
    };

    public static decimal? Gap(TargetComparison comparison, decimal? target, decimal? value) => (comparison, target, value) switch
    {
        (TargetComparison.AtLeast, { } t, { } v) => Math.Max(t - v, 0m),
        (TargetComparison.AtMost, { } t, { } v) => Math.Max(v - t, 0m),
        _ => null,
    };
}
