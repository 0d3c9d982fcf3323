using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>
/// Applies a method to the district's firms (docs/efficiency.md): exemptions, land, each indicator
/// scored value ÷ benchmark × weight (capped), the missing-indicator rule, the score, the rank among
/// every firm of the population district-wide, and the class. Pure, so the run, an upheld objection
/// and the what-if all compute a firm exactly the same way.
/// </summary>
public static class EfficiencyEvaluator
{
    public static (IReadOnlyList<FirmEvaluation> Firms, EvaluationStats Stats) Evaluate(MethodTerms terms, int year, IReadOnlyList<EvaluationInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(inputs);
        var drafts = inputs.Select(input => Draft.Of(terms, year, input)).ToList();
        var averages = Enum.GetValues<Population>().ToDictionary(p => p, p => Averages(terms, p, drafts));
        var scored = drafts.Select(d => d.Complete(terms, averages[d.Population])).ToList();

        var ranked = Enum.GetValues<Population>().ToDictionary(
            p => p,
            p => scored.Where(f => f.Population == p && f.Score is not null).Select(f => f.Score!.Value).OrderDescending().ToArray());
        var firms = scored
            .Select(f => f.Score is { } score ? Place(terms, f, score, ranked[f.Population], countsItself: true) : f)
            .OrderBy(f => f.EnterpriseId)
            .ToList();
        var stats = new EvaluationStats(ranked.Select(r => new PopulationStats(r.Key, r.Value.Length, averages[r.Key])).ToList());
        return (firms, stats);
    }

    /// <summary>
    /// One firm again, with the run's averages, ranked against the other firms' scores as the run left
    /// them: the firm's rank and class change, no other firm's do (an upheld objection, a what-if).
    /// </summary>
    public static FirmEvaluation Rescore(MethodTerms terms, int year, EvaluationInput input, EvaluationStats stats, Func<Population, IReadOnlyList<decimal>> otherScores)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(otherScores);
        var draft = Draft.Of(terms, year, input);
        var firm = draft.Complete(terms, stats.Of(draft.Population).Averages);
        return firm.Score is { } score ? Place(terms, firm, score, otherScores(firm.Population), countsItself: false) : firm;
    }

    /// <summary>
    /// The class of the firm at <paramref name="rank"/> of <paramref name="count"/> with <paramref name="score"/>:
    /// by rank share (the class whose cumulative share the position 100·rank/count is within), or by
    /// score when the method says so or has fewer firms than its minimum for rank shares; null when
    /// neither applies.
    /// </summary>
    public static (string? Code, ClassBasis? By) ClassOf(MethodTerms terms, int rank, int count, decimal score)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.ClassBy == ClassBasis.Rank && (terms.MinimumRanked is not { } minimum || count >= minimum))
        {
            var percent = 100m * rank / count;
            return (terms.Classes.FirstOrDefault(c => percent <= c.UpToPercent, terms.Classes[^1]).Code, ClassBasis.Rank);
        }

        if (!terms.HasScoreCutoffs())
        {
            return (null, null);
        }

        return (terms.Classes.FirstOrDefault(c => c.MinScore is null || score >= c.MinScore, terms.Classes[^1]).Code, ClassBasis.Score);
    }

    /// <summary>The population a year's output puts a firm in.</summary>
    public static Population PopulationOf(FigureValues values) =>
        TierScale.ImpliedBy(values.OutputWan) >= Tier.AboveScale ? Population.AboveScale : Population.BelowScale;

    /// <summary>Ties share the better rank (1, 2, 2, 4): a firm's rank is one more than the firms scoring higher.</summary>
    private static FirmEvaluation Place(MethodTerms terms, FirmEvaluation firm, decimal score, IReadOnlyList<decimal> scores, bool countsItself)
    {
        var rank = 1 + scores.Count(s => s > score);
        var count = scores.Count + (countsItself ? 0 : 1);
        var (code, by) = ClassOf(terms, rank, count, score);
        return firm with
        {
            Rank = rank,
            RankedCount = count,
            Class = code,
            ClassedBy = by,
            Unclassed = code is null ? Unclassed.TooFewFirms : null,
        };
    }

    private static List<IndicatorAverage> Averages(MethodTerms terms, Population population, IReadOnlyList<Draft> drafts)
    {
        var scorable = drafts.Where(d => d.Population == population && d.IsScorable).ToList();
        return terms.For(population)
            .Select(x => new IndicatorAverage(x.Order, Measures.Round(scorable
                .Select(d => d.Raw[x.Order])
                .Where(r => r.Value is not null)
                .Select(r => r.Score)
                .DefaultIfEmpty(0m)
                .Average())))
            .ToList();
    }

    /// <summary>A firm before the population's averages are known: exemption, land, and each indicator's exact value and score.</summary>
    private sealed record Draft(EvaluationInput Input, Population Population, LandUse Land, decimal? TaxPerMu, bool? Low, Exemption? Exemption, Unclassed? Unclassed, IReadOnlyDictionary<int, RawLine> Raw)
    {
        public bool IsScorable => Exemption is null && Unclassed is null;

        public static Draft Of(MethodTerms terms, int year, EvaluationInput input)
        {
            var values = input.Values;
            var population = PopulationOf(values);
            var land = input.Land ?? LandUse.Of(year, values, input.Parcels, terms.Exemptions.BuildPeriodYears);
            var taxPerMu = land.HasLand && values.TaxWan is { } tax ? Measures.Round(tax / land.Mu!.Value) : (decimal?)null;
            var exemption = ExemptionOf(terms.Exemptions, year, input, land);
            var indicators = terms.For(population).ToList();
            Unclassed? unclassed = exemption is not null ? null
                : !land.HasLand ? Efficiency.Unclassed.NoLand
                : indicators.Count == 0 ? Efficiency.Unclassed.NoIndicatorSet
                : null;
            var raw = indicators.ToDictionary(x => x.Order, x => RawLine.Of(input.EnterpriseId, x.Terms, values, land));
            return new Draft(input, population, land, taxPerMu, taxPerMu is { } t ? terms.LowEfficiency.IsLow(t) : null, exemption, unclassed, raw);
        }

        public FirmEvaluation Complete(MethodTerms terms, IReadOnlyList<IndicatorAverage> averages)
        {
            var firm = new FirmEvaluation(Input.EnterpriseId, Input.TownshipId, Population, Input.Values, Land, TaxPerMu, Low, Exemption, Unclassed, null, null, null, null, null, []);
            if (!IsScorable)
            {
                return firm;
            }

            var rule = terms.Missing;
            var lines = Raw.OrderBy(r => r.Key).Select(r => r.Value.Value is { } value
                    ? new IndicatorLine(r.Key, Measures.Round(value), Measures.Round(r.Value.Score), r.Value.Capped ? IndicatorRule.Capped : IndicatorRule.Scored)
                    : rule switch
                    {
                        MissingIndicatorRule.Average => new IndicatorLine(r.Key, null, averages.FirstOrDefault(a => a.Order == r.Key)?.Score ?? 0m, IndicatorRule.MissingAverage),
                        MissingIndicatorRule.Zero => new IndicatorLine(r.Key, null, 0m, IndicatorRule.MissingZero),
                        _ => new IndicatorLine(r.Key, null, 0m, IndicatorRule.MissingExcluded),
                    })
                .ToList();
            if (Raw.Values.All(r => r.Value is null))
            {
                return firm with { Unclassed = Efficiency.Unclassed.NoIndicatorValue, Lines = lines };
            }

            // Exact scores summed, the total rounded once; missing scores are the stored (rounded) averages.
            var total = Raw.Sum(r => r.Value.Value is null ? lines.Single(l => l.Order == r.Key).Score : r.Value.Score);
            if (rule == MissingIndicatorRule.Exclude)
            {
                var weights = Raw.Keys.Sum(k => terms.Indicators[k].Weight);
                var present = Raw.Where(r => r.Value.Value is not null).Sum(r => terms.Indicators[r.Key].Weight);
                total = total * weights / present;
            }

            return firm with { Score = Measures.Round(total), Lines = lines };
        }

        private static Exemption? ExemptionOf(Exemptions exemptions, int year, EvaluationInput input, LandUse land) =>
            input.Kind is { } kind && exemptions.Kinds.Contains(kind.Trim(), StringComparer.Ordinal) ? Efficiency.Exemption.ListedKind
            : input.EstablishedYear is { } established && exemptions.NewFirmYears is { } years && year - established < years ? Efficiency.Exemption.NewFirm
            : land.Source == LandSource.Parcels && land.BuildPeriodMu > 0 && !land.HasLand ? Efficiency.Exemption.BuildPeriod
            : null;
    }

    /// <summary>An indicator's exact value (null when missing) and its exact, capped score.</summary>
    private sealed record RawLine(decimal? Value, decimal Score, bool Capped)
    {
        public static RawLine Of(int enterpriseId, IndicatorTerms terms, FigureValues values, LandUse land)
        {
            var numerator = values[terms.Numerator];
            var denominator = terms.Denominator == Measure.Land ? land.Mu : values[terms.Denominator];
            if (numerator is not { } n || denominator is not { } d || d <= 0)
            {
                return new RawLine(null, 0m, false);
            }

            var value = n / d;
            var score = value / terms.Benchmark * terms.Weight;
            if (value >= Measures.Largest || score >= Measures.Largest)
            {
                // Beyond what a figure may be: a land of 0.0001 亩, say. Refused rather than stored wrong.
                throw new DomainRuleException(DomainRules.EfficiencyValueOutOfRange, enterpriseId, terms.Name);
            }

            return terms.Cap is { } cap && score > cap ? new RawLine(value, cap, true) : new RawLine(value, score, false);
        }
    }
}
