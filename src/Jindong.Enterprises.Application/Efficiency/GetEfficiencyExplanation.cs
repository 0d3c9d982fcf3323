using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Why a firm has its class, line by line, from the stored result: each indicator's numerator and
/// denominator, value, benchmark, weight, cap and score with the rule that gave it; the land used and
/// where it came from; the score, the district-wide rank and the cut-off that decided the class.
/// </summary>
public sealed record GetEfficiencyExplanation(int Year, int EnterpriseId) : IQuery<ExplanationView>, IReadsEnterprise;

public sealed record ExplanationView(
    int Year,
    string Status,
    FirmName Firm,
    string Township,
    string Population,
    IDictionary<string, object?> Figures,
    decimal? Land,
    string LandSource,
    decimal BuildPeriodLand,
    decimal? TaxPerMu,
    bool? LowEfficiency,
    decimal LowLine,
    bool LowLineInclusive,
    string? Exemption,
    string? Unclassed,
    string MissingRule,
    IReadOnlyList<LineView> Lines,
    decimal? Score,
    int? Rank,
    int? RankedCount,
    decimal? PositionPercent,
    string? Class,
    string? ClassName,
    string? ClassedBy,
    int? MinimumRanked,
    IReadOnlyList<ClassTerms> Classes,
    bool Recomputed,
    IReadOnlyList<FlagView> Flags,
    IReadOnlyList<ObjectionView> Objections);

/// <param name="Order">The indicator's place in the method.</param>
public sealed record LineView(int Order, string Name, string Numerator, decimal? NumeratorValue, string Denominator, decimal? DenominatorValue, decimal? Value, decimal Benchmark, decimal Weight, decimal? Cap, decimal Score, string Rule);

internal sealed class GetEfficiencyExplanationValidator : AbstractValidator<GetEfficiencyExplanation>
{
    public GetEfficiencyExplanationValidator() => RuleFor(q => q.Year).ValidYear();
}

internal sealed class GetEfficiencyExplanationHandler(IApplicationDbContext db) : IRequestHandler<GetEfficiencyExplanation, ExplanationView>
{
    public async Task<ExplanationView> Handle(GetEfficiencyExplanation query, CancellationToken cancellationToken)
    {
        var evaluation = await db.EvaluationOfAsync(query.Year, cancellationToken);
        var result = await db.ResultOfAsync(evaluation, query.EnterpriseId, cancellationToken);
        var lines = await db.LinesOfAsync(evaluation.Id, query.EnterpriseId, cancellationToken);
        var name = await db.Enterprises.Where(e => e.Id == query.EnterpriseId).Select(e => e.Name).SingleAsync(cancellationToken);
        var township = await db.Townships.Where(t => t.Id == result.TownshipId).Select(t => t.Name).SingleAsync(cancellationToken);
        var flags = await db.EfficiencyFlags.AsNoTracking().Where(f => f.EvaluationId == evaluation.Id && f.EnterpriseId == query.EnterpriseId).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var objections = await db.EfficiencyObjections.AsNoTracking().Where(o => o.EvaluationId == evaluation.Id && o.EnterpriseId == query.EnterpriseId).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var terms = evaluation.Terms;

        return new ExplanationView(
            query.Year,
            Codes.Of(evaluation.Status),
            new FirmName(query.EnterpriseId, name),
            township,
            Codes.Of(result.Population),
            MeasureFields.Json(result.Values),
            result.LandMu,
            Codes.Of(result.LandSource),
            result.BuildPeriodMu,
            result.TaxPerMu,
            result.LowEfficiency,
            terms.LowEfficiency.TaxPerMu,
            terms.LowEfficiency.Inclusive,
            result.Exemption is { } e ? Codes.Of(e) : null,
            result.Unclassed is { } u ? Codes.Of(u) : null,
            Codes.Of(terms.Missing),
            lines.Select(l => Line(terms.Indicators[l.Order], l, result)).ToList(),
            result.Score,
            result.Rank,
            result.RankedCount,
            result.Rank is { } rank && result.RankedCount is > 0 ? Measures.Round(100m * rank / result.RankedCount.Value) : null,
            result.Class,
            result.Class is { } c ? GetEfficiencyEvaluationHandler.ClassNameOf(terms, c) : null,
            result.ClassedBy is { } by ? Codes.Of(by) : null,
            terms.MinimumRanked,
            terms.Classes,
            result.Recomputed,
            flags.Select(FlagView.Of).ToList(),
            objections.Select(ObjectionView.Of).ToList());
    }

    private static LineView Line(IndicatorTerms indicator, IndicatorLine line, EfficiencyResult result) => new(
        line.Order,
        indicator.Name,
        indicator.Numerator.Key(),
        result.Values[indicator.Numerator],
        indicator.Denominator.Key(),
        indicator.Denominator == Measure.Land ? result.LandMu : result.Values[indicator.Denominator],
        line.Value,
        indicator.Benchmark,
        indicator.Weight,
        indicator.Cap,
        line.Score,
        Codes.Of(line.Rule));
}

/// <summary>The words of an explanation: how a class was reached, in the user's language.</summary>
public static class ExplanationText
{
    /// <summary>"第 2 名 / 共 5 家（40%），在 B 提升发展 的 80% 以内" or "得分 60.47 ≥ B 提升发展 的 60".</summary>
    public static string ClassReason(ExplanationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var chosen = view.Classes.FirstOrDefault(c => c.Code == view.Class);
        return (view.ClassedBy, chosen) switch
        {
            ("rank", not null) => string.Format(CultureInfo.CurrentCulture, Resources.DisplayText.ClassByRank, view.Rank, view.RankedCount, Amount(view.PositionPercent), chosen.Code, chosen.Name, Amount(chosen.UpToPercent)),
            ("score", { MinScore: { } min }) => string.Format(CultureInfo.CurrentCulture, Resources.DisplayText.ClassByScore, Amount(view.Score), chosen.Code, chosen.Name, Amount(min)),
            ("score", not null) => string.Format(CultureInfo.CurrentCulture, Resources.DisplayText.ClassByScoreRest, Amount(view.Score), chosen.Code, chosen.Name),
            _ => view.Exemption is { } exemption ? Codes.Label("exemption", exemption)
                : view.Unclassed is { } unclassed ? Codes.Label("unclassed", unclassed)
                : TableCells.Empty,
        };
    }

    private static string Amount(decimal? value) => TableCells.Amount(value);
}
