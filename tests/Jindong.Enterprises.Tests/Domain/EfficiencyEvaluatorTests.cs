using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Tests.Domain;

/// <summary>The method applied to hand-computed fixtures: cut-offs, small populations, the missing-indicator rules, exemptions, land and what-if.</summary>
public sealed class EfficiencyEvaluatorTests
{
    private const int Year = 2023;

    /// <summary>One indicator, 亩均税收 ÷ 10 × 100, so a firm with tax k on 1 亩 scores 10·k; A top 20 %, B to 80 %, C to 95 %, D the rest.</summary>
    private static readonly MethodTerms TaxOnly = new()
    {
        Name = "测试办法",
        Source = "测试",
        Indicators = [new IndicatorTerms(Population.AboveScale, "亩均税收", Measure.Tax, Measure.Land, 100m, 10m)],
        Classes = [new("A", "优先发展", 20m, null), new("B", "提升发展", 80m, null), new("C", "帮扶转型", 95m, null), new("D", "整治淘汰", 100m, null)],
    };

    /// <summary>Tax per mu and value added per employee, 50 points each on benchmarks of 10.</summary>
    private static readonly MethodTerms TwoIndicators = TaxOnly with
    {
        Indicators =
        [
            new IndicatorTerms(Population.AboveScale, "亩均税收", Measure.Tax, Measure.Land, 50m, 10m),
            new IndicatorTerms(Population.AboveScale, "全员劳动生产率", Measure.ValueAdded, Measure.Employees, 50m, 10m),
        ],
    };

    [Fact]
    public void Ten_firms_are_cut_by_rank_share_exactly_as_counted_by_hand()
    {
        var inputs = Enumerable.Range(1, 10).Select(k => Firm(k, tax: k, land: 1m)).ToList();

        var (firms, _) = EfficiencyEvaluator.Evaluate(TaxOnly, Year, inputs);

        // Tax 10 is rank 1 (10 %), 9 rank 2 (20 %): A; 8 … 3 are 30 … 80 %: B; 2 is 90 %: C; 1 is 100 %: D.
        var classes = firms.ToDictionary(f => f.EnterpriseId, f => f.Class);
        Assert.Equal(["D", "C", "B", "B", "B", "B", "B", "B", "A", "A"], Enumerable.Range(1, 10).Select(k => classes[k]));
        Assert.Equal(Enumerable.Range(1, 10).Select(k => (int?)(11 - k)), Enumerable.Range(1, 10).Select(k => firms.Single(f => f.EnterpriseId == k).Rank));
        Assert.All(firms, f => Assert.Equal(10, f.RankedCount));
        Assert.Equal(70m, firms.Single(f => f.EnterpriseId == 7).Score);
    }

    [Fact]
    public void Tied_scores_share_the_better_rank_and_class()
    {
        var inputs = new[] { Firm(1, 10m, 1m), Firm(2, 9m, 1m), Firm(3, 9m, 1m), Firm(4, 1m, 1m), Firm(5, 1m, 1m) };

        var (firms, _) = EfficiencyEvaluator.Evaluate(TaxOnly, Year, inputs);

        Assert.Equal([1, 2, 2, 4, 4], firms.OrderBy(f => f.EnterpriseId).Select(f => f.Rank!.Value));
        Assert.Equal(["A", "B", "B", "B", "B"], firms.OrderBy(f => f.EnterpriseId).Select(f => f.Class!));
    }

    [Fact]
    public void A_lone_firm_below_the_minimum_count_is_classed_by_score_cut_offs_not_made_D()
    {
        var byScore = TaxOnly with
        {
            MinimumRanked = 5,
            Classes = [new("A", "优先发展", 20m, 80m), new("B", "提升发展", 80m, 60m), new("C", "帮扶转型", 95m, 40m), new("D", "整治淘汰", 100m, null)],
        };

        var (firms, _) = EfficiencyEvaluator.Evaluate(byScore, Year, [Firm(1, 7m, 1m)]);

        var lone = Assert.Single(firms);
        Assert.Equal((70m, 1, 1, "B", ClassBasis.Score), (lone.Score!.Value, lone.Rank!.Value, lone.RankedCount!.Value, lone.Class!, lone.ClassedBy!.Value));
    }

    [Fact]
    public void A_lone_firm_below_the_minimum_count_without_score_cut_offs_gets_no_class_and_says_why()
    {
        var (firms, _) = EfficiencyEvaluator.Evaluate(TaxOnly with { MinimumRanked = 5 }, Year, [Firm(1, 1m, 1m)]);

        var lone = Assert.Single(firms);
        Assert.Equal((10m, (string?)null, Unclassed.TooFewFirms), (lone.Score!.Value, lone.Class, lone.Unclassed!.Value));
    }

    [Theory]
    [InlineData(MissingIndicatorRule.Average, 125, IndicatorRule.MissingAverage)]
    [InlineData(MissingIndicatorRule.Zero, 25, IndicatorRule.MissingZero)]
    [InlineData(MissingIndicatorRule.Exclude, 50, IndicatorRule.MissingExcluded)]
    public void A_missing_indicator_scores_as_the_method_says(MissingIndicatorRule rule, int expected, IndicatorRule line)
    {
        // X: 10/1 ÷ 10 × 50 = 50 and 20/1 ÷ 10 × 50 = 100. Y: 5/1 → 25, employees not reported.
        // Average: 25 + X's 100; zero: 25; exclude: 25 × (100 ÷ 50).
        var x = Firm(1, 10m, 1m) with { Values = new FigureValues(5_000m, TaxWan: 10m, LandMu: 1m, ValueAddedWan: 20m, Employees: 1) };
        var y = Firm(2, 5m, 1m) with { Values = new FigureValues(5_000m, TaxWan: 5m, LandMu: 1m, ValueAddedWan: 20m) };

        var (firms, _) = EfficiencyEvaluator.Evaluate(TwoIndicators with { Missing = rule }, Year, [x, y]);

        var scored = firms.Single(f => f.EnterpriseId == 2);
        Assert.Equal((decimal)expected, scored.Score);
        Assert.Equal(line, scored.Lines[1].Rule);
        Assert.Null(scored.Lines[1].Value);
        Assert.Equal(150m, firms.Single(f => f.EnterpriseId == 1).Score);
    }

    [Fact]
    public void Not_reporting_does_not_beat_reporting_under_the_zero_rule()
    {
        var reports = Firm(1, 1m, 1m) with { Values = new FigureValues(5_000m, TaxWan: 1m, LandMu: 1m, ValueAddedWan: 1m, Employees: 1) };
        var silent = Firm(2, 1m, 1m) with { Values = new FigureValues(5_000m, TaxWan: 1m, LandMu: 1m) };

        var (firms, _) = EfficiencyEvaluator.Evaluate(TwoIndicators with { Missing = MissingIndicatorRule.Zero }, Year, [reports, silent]);

        Assert.True(firms.Single(f => f.EnterpriseId == 1).Score > firms.Single(f => f.EnterpriseId == 2).Score);
    }

    [Fact]
    public void A_capped_indicator_gives_no_more_than_its_cap()
    {
        var capped = TaxOnly with { Indicators = [TaxOnly.Indicators[0] with { Cap = 120m }] };

        var (firms, _) = EfficiencyEvaluator.Evaluate(capped, Year, [Firm(1, 50m, 1m)]);

        var line = Assert.Single(firms.Single().Lines);
        Assert.Equal((50m, 120m, IndicatorRule.Capped), (line.Value!.Value, line.Score, line.Rule));
    }

    [Fact]
    public void New_firms_listed_kinds_and_land_in_its_build_period_are_exempt_and_not_ranked()
    {
        var exempting = TaxOnly with { Exemptions = new Exemptions(3, 2, ["公用事业"]) };
        var inputs = new[]
        {
            Firm(1, 5m, 1m) with { EstablishedYear = 2022 },
            Firm(2, 5m, 1m) with { Kind = "公用事业" },
            Firm(3, 5m, null) with { Parcels = [new ParcelSpan(10m, LandTenure.Owned, 2022, null)] },
            Firm(4, 5m, 1m) with { EstablishedYear = 2019 },
        };

        var (firms, _) = EfficiencyEvaluator.Evaluate(exempting, Year, inputs);

        Assert.Equal(
            [Exemption.NewFirm, Exemption.ListedKind, Exemption.BuildPeriod, (Exemption?)null],
            firms.OrderBy(f => f.EnterpriseId).Select(f => f.Exemption));
        var ranked = Assert.Single(firms, f => f.Rank is not null);
        Assert.Equal((4, 1, 1), (ranked.EnterpriseId, ranked.Rank!.Value, ranked.RankedCount!.Value));
        Assert.All(firms.Where(f => f.Exemption is not null), f => Assert.Null(f.Score));
    }

    [Fact]
    public void The_land_is_own_plus_leased_in_minus_leased_out_when_parcels_are_held_and_the_annual_area_otherwise()
    {
        var parcels = new[]
        {
            new ParcelSpan(10m, LandTenure.Owned, 2015, null),
            new ParcelSpan(5m, LandTenure.LeasedIn, 2020, 2024),
            new ParcelSpan(3m, LandTenure.LeasedOut, 2021, null),
            new ParcelSpan(40m, LandTenure.Owned, 2010, 2022),
        };
        var values = new FigureValues(5_000m, TaxWan: 120m, LandMu: 99m);

        Assert.Equal(new LandUse(12m, LandSource.Parcels, 0m), LandUse.Of(Year, values, parcels, null));
        Assert.Equal(new LandUse(99m, LandSource.Annual, 0m), LandUse.Of(2009, values, parcels, null));
        Assert.Equal(new LandUse(null, LandSource.None, 0m), LandUse.Of(2009, values with { LandMu = null }, parcels, null));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_firm_exactly_on_the_low_efficiency_line_is_low_when_the_line_includes_it(bool inclusive, bool low)
    {
        var (firms, _) = EfficiencyEvaluator.Evaluate(TaxOnly with { LowEfficiency = new LowEfficiencyLine(3m, inclusive) }, Year, [Firm(1, 30m, 10m)]);

        Assert.Equal((3m, low), (firms.Single().TaxPerMu!.Value, firms.Single().LowEfficiency!.Value));
    }

    [Fact]
    public void The_what_if_finds_the_least_tax_that_reaches_the_class()
    {
        var inputs = Enumerable.Range(1, 10).Select(k => Firm(k, tax: k, land: 1m)).ToList();
        var (firms, stats) = EfficiencyEvaluator.Evaluate(TaxOnly, Year, inputs);
        IReadOnlyList<decimal> Others(Population p) => firms.Where(f => f.EnterpriseId != 3).Select(f => f.Score!.Value).ToList();

        // Firm 3 (tax 3, B) reaches A at rank 2 of 10: a score of 90 ties nobody above 100 but the firm of tax 10.
        var answer = WhatIf.Solve(TaxOnly, Year, inputs[2], stats, Others, "A", Measure.Tax);

        Assert.Equal(9m, answer.Needed);
        Assert.Equal(("A", 2), (answer.AtNeeded.Class!, answer.AtNeeded.Rank!.Value));
        var below = EfficiencyEvaluator.Rescore(TaxOnly, Year, inputs[2] with { Values = inputs[2].Values.With(Measure.Tax, 8.9999m) }, stats, Others);
        Assert.Equal("B", below.Class);
    }

    [Fact]
    public void The_what_if_refuses_a_measure_the_indicators_divide_by()
    {
        var inputs = new[] { Firm(1, 1m, 1m) };
        var (_, stats) = EfficiencyEvaluator.Evaluate(TwoIndicators, Year, inputs);

        var refused = Assert.Throws<Jindong.Enterprises.Domain.DomainRuleException>(() =>
            WhatIf.Solve(TwoIndicators, Year, inputs[0], stats, _ => [], "A", Measure.Employees));

        Assert.Equal(Jindong.Enterprises.Domain.DomainRules.WhatIfMeasureInDenominator, refused.Rule);
    }

    private static EvaluationInput Firm(int id, decimal tax, decimal? land) =>
        new(id, 1, new FigureValues(5_000m, TaxWan: tax, LandMu: land), []);
}
