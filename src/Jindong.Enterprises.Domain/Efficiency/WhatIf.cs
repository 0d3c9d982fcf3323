using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>
/// 测算 — the smallest amount of one measure (tax, value added …) with which a firm would reach a
/// class, everything else as the run left it: found by bisection over the 0.0001 steps amounts are
/// kept in, each step computed by <see cref="EfficiencyEvaluator.Rescore"/>, so the answer is what
/// the evaluation itself would say.
/// </summary>
public static class WhatIf
{
    private static readonly decimal Step = 1m / (decimal)Math.Pow(10, Measures.Decimals);

    /// <param name="Needed">The amount that reaches the class; null when no amount does (capped indicators) or the firm is already there.</param>
    public sealed record Answer(decimal? Current, decimal? Needed, FirmEvaluation AtNeeded, bool AlreadyThere);

    public static Answer Solve(MethodTerms terms, int year, EvaluationInput input, EvaluationStats stats, Func<Population, IReadOnlyList<decimal>> otherScores, string targetClass, Measure measure)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(input);
        var population = EfficiencyEvaluator.PopulationOf(input.Values);
        if (measure == Measure.Land || terms.For(population).Any(x => x.Terms.Denominator == measure))
        {
            throw new DomainRuleException(DomainRules.WhatIfMeasureInDenominator, measure);
        }

        var target = terms.ClassIndex(targetClass);
        FirmEvaluation? At(decimal amount)
        {
            try
            {
                return EfficiencyEvaluator.Rescore(terms, year, input with { Values = input.Values.With(measure, amount) }, stats, otherScores);
            }
            catch (DomainRuleException beyond) when (beyond.Rule == DomainRules.EfficiencyValueOutOfRange)
            {
                return null;
            }
        }

        bool Reaches(FirmEvaluation? firm) => firm?.Class is { } code && terms.ClassIndex(code) <= target;

        var current = input.Values[measure];
        var now = EfficiencyEvaluator.Rescore(terms, year, input, stats, otherScores);
        if (Reaches(now))
        {
            return new Answer(current, null, now, true);
        }

        return Smallest(current ?? 0m, At, Reaches) is { } needed ? new Answer(current, needed.Amount, needed.Firm!, false) : new Answer(current, null, now, false);
    }

    /// <summary>The least tax with which 亩均税收 clears the method's low-efficiency line; null when the firm is above it or has no land.</summary>
    public static decimal? TaxToClearLine(MethodTerms terms, LandUse land, decimal? tax)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(land);
        if (!land.HasLand)
        {
            return null;
        }

        bool Clears(decimal amount) => !terms.LowEfficiency.IsLow(Measures.Round(amount / land.Mu!.Value));
        var current = tax ?? 0m;
        return Clears(current) ? null : Smallest<decimal?>(current, amount => amount, amount => Clears(amount!.Value))?.Amount;
    }

    /// <summary>
    /// The least amount above <paramref name="from"/> (which does not reach) that reaches, when one
    /// below the registry's largest value does; <paramref name="at"/> answers null beyond what can be computed.
    /// </summary>
    private static (decimal Amount, T Firm)? Smallest<T>(decimal from, Func<decimal, T?> at, Func<T?, bool> reaches)
    {
        var low = from;
        var span = Math.Max(from, 1m);
        var high = from + span;
        T? atHigh;
        while (!reaches(atHigh = at(high)))
        {
            if (atHigh is null || high >= Measures.Largest - Step)
            {
                return null;
            }

            low = high;
            span *= 2;
            high = Math.Min(from + span, Measures.Largest - Step);
        }

        while (high - low > Step)
        {
            var middle = Math.Max(low + Step, Math.Round((low + high) / 2, Measures.Decimals, MidpointRounding.ToZero));
            var atMiddle = at(middle);
            if (reaches(atMiddle))
            {
                (high, atHigh) = (middle, atMiddle);
            }
            else
            {
                low = middle;
            }
        }

        return (Measures.Round(high), atHigh!);
    }
}
