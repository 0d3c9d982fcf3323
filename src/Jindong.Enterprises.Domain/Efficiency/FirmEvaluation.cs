using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>What the evaluation reads of one firm: its figures, parcels and profile, frozen when the run starts.</summary>
/// <param name="Land">The land as a stored result recorded it (to recompute a frozen result); from the parcels and figures when null.</param>
public sealed record EvaluationInput(int EnterpriseId, int TownshipId, FigureValues Values, IReadOnlyList<ParcelSpan> Parcels, int? EstablishedYear = null, string? Kind = null, LandUse? Land = null);

/// <summary>
/// One firm's evaluation: the land used, 亩均税收 and the low-efficiency line, an exemption or why it
/// is not classed, each indicator's line, the score, the rank among the firms of its population
/// (district-wide) and the class. Amounts rounded to <see cref="Measures.Decimals"/> places.
/// </summary>
public sealed record FirmEvaluation(
    int EnterpriseId,
    int TownshipId,
    Population Population,
    FigureValues Values,
    LandUse Land,
    decimal? TaxPerMu,
    bool? LowEfficiency,
    Exemption? Exemption,
    Unclassed? Unclassed,
    decimal? Score,
    int? Rank,
    int? RankedCount,
    string? Class,
    ClassBasis? ClassedBy,
    IReadOnlyList<IndicatorLine> Lines);

/// <summary>One indicator of a firm: its value (null when missing), the score it gives and the rule that gave it.</summary>
/// <param name="Order">The indicator's index in <see cref="MethodTerms.Indicators"/>.</param>
public sealed record IndicatorLine(int Order, decimal? Value, decimal Score, IndicatorRule Rule);

/// <summary>What a run leaves for later recomputations of one firm: per population, the firms ranked and each indicator's average score.</summary>
public sealed record EvaluationStats(IReadOnlyList<PopulationStats> Populations)
{
    public PopulationStats Of(Population population) =>
        Populations.FirstOrDefault(p => p.Population == population) ?? new PopulationStats(population, 0, []);
}

public sealed record PopulationStats(Population Population, int Ranked, IReadOnlyList<IndicatorAverage> Averages)
{
    public decimal AverageOf(int order) => Averages.FirstOrDefault(a => a.Order == order)?.Score ?? 0m;
}

/// <summary>The average score of one indicator among the firms of a population that have it (0 when none has).</summary>
public sealed record IndicatorAverage(int Order, decimal Score);
