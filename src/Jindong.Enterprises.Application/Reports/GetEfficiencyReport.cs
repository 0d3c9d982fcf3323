using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>
/// 亩均效益 for the year: 亩均税收 and 亩均增加值 of every active firm with figures, the
/// low-efficiency flag (亩均税收 &lt; 3 万元/亩), and the A/B/C/D class by weighted score under the
/// year's <see cref="EfficiencyScheme"/> (docs/efficiency.md explains the rule with a worked example).
/// </summary>
public sealed record GetEfficiencyReport(int Year) : IQuery<EfficiencyReport>;

/// <param name="SchemeYear">The scheme used: the latest at or before the year, else the earliest; null when none is stored.</param>
public sealed record EfficiencyReport(int Year, int? SchemeYear, string? SchemeSource, IReadOnlyList<EfficiencyRow> Rows);

/// <param name="Score">The weighted score; null for firms not classified (规下, or no land recorded).</param>
public sealed record EfficiencyRow(
    int Id,
    string Name,
    string Township,
    decimal? Land,
    decimal? TaxPerMu,
    decimal? ValueAddedPerMu,
    bool? LowEfficiency,
    decimal? Score,
    string? Class);

/// <summary>The raw figures the efficiency indicators are computed from.</summary>
public sealed record EfficiencyInput(int Id, string Name, string Township, FigureValues Values);

internal sealed class GetEfficiencyReportValidator : AbstractValidator<GetEfficiencyReport>
{
    public GetEfficiencyReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetEfficiencyReportHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetEfficiencyReport, EfficiencyReport>
{
    public async Task<EfficiencyReport> Handle(GetEfficiencyReport query, CancellationToken cancellationToken)
    {
        var year = query.Year;
        var scheme = await db.EfficiencySchemes.AsNoTracking().Where(s => s.Year <= year).OrderByDescending(s => s.Year).FirstOrDefaultAsync(cancellationToken)
            ?? await db.EfficiencySchemes.AsNoTracking().OrderBy(s => s.Year).FirstOrDefaultAsync(cancellationToken);
        var inputs = await (
                from f in db.AnnualFigures
                where f.Year == year
                join e in db.Enterprises.Visible(user) on f.EnterpriseId equals e.Id
                where e.Status == EnterpriseStatus.Active
                join t in db.Townships on e.TownshipId equals t.Id
                orderby e.Id
                select new EfficiencyInput(e.Id, e.Name, t.Name, f.Values))
            .ToListAsync(cancellationToken);

        return new EfficiencyReport(year, scheme?.Year, scheme?.Source, EfficiencyScoring.Score(inputs, scheme));
    }
}

/// <summary>The per-mu indicators, the weighted score and the class; pure, so the docs' worked example is a unit test.</summary>
public static class EfficiencyScoring
{
    public static IReadOnlyList<EfficiencyRow> Score(IReadOnlyList<EfficiencyInput> inputs, EfficiencyScheme? scheme)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var indicators = inputs.Select(Indicators).ToList();
        var scored = scheme is null
            ? []
            : inputs.Select((input, i) => (input, values: indicators[i]))
                .Where(x => x.input.Values.OutputWan >= Tier.AboveScale.ThresholdWan() && x.input.Values.LandMu is > 0)
                .ToList();

        var scores = new Dictionary<int, decimal>();
        if (scheme is not null && scored.Count > 0)
        {
            var parts = scored.Select(x => x.values.Select((v, k) => v is null ? (decimal?)null : v.Value / scheme.Benchmarks[k] * scheme.Weights[k]).ToArray()).ToList();
            // A missing indicator gets that indicator's average score among the firms that have it (the county rule).
            var averages = Enumerable.Range(0, EfficiencyScheme.IndicatorCount)
                .Select(k => parts.Where(p => p[k] is not null).Select(p => p[k]!.Value).DefaultIfEmpty(0m).Average())
                .ToArray();
            for (var i = 0; i < scored.Count; i++)
            {
                scores[scored[i].input.Id] = Math.Round(parts[i].Select((p, k) => p ?? averages[k]).Sum(), 4);
            }
        }

        var classes = scores
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key)
            .Select((s, position) => (s.Key, Class: scheme!.ClassAt(position + 1, scores.Count).ToString()))
            .ToDictionary(x => x.Key, x => x.Class);

        return inputs.Select((input, i) => new EfficiencyRow(
                input.Id,
                input.Name,
                input.Township,
                input.Values.LandMu,
                Round(indicators[i][0]),
                Round(indicators[i][1]),
                indicators[i][0] is { } taxPerMu ? taxPerMu < EfficiencyScheme.LowEfficiencyTaxPerMu : null,
                scores.TryGetValue(input.Id, out var score) ? score : null,
                classes.GetValueOrDefault(input.Id)))
            .ToList();
    }

    /// <summary>亩均税收, 亩均增加值, 单位能耗增加值, 单位排放增加值, 全员劳动生产率, 研发经费占比; null where the figures do not support it.</summary>
    public static decimal?[] Indicators(EfficiencyInput f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var v = f.Values;
        return
        [
            Ratio(v.TaxWan, v.LandMu),
            Ratio(v.ValueAddedWan, v.LandMu),
            Ratio(v.ValueAddedWan, v.EnergyTce),
            Ratio(v.ValueAddedWan, v.EmissionsTonnes),
            Ratio(v.ValueAddedWan, v.Employees),
            Ratio(v.RdWan, v.RevenueWan),
        ];
    }

    private static decimal? Ratio(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d > 0 ? n / d : null;

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4) : null;
}
