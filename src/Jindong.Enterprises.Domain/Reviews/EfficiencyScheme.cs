namespace Jindong.Enterprises.Domain.Reviews;

/// <summary>
/// 亩均效益综合评价参数 — one year's weights, benchmark values and class cut-offs for the per-mu
/// efficiency classification. Counties publish new benchmarks every year, so they are data.
/// Each indicator scores value / benchmark × weight; classes go by score rank.
/// </summary>
public sealed class EfficiencyScheme
{
    private EfficiencyScheme()
    {
        Source = string.Empty;
    }

    public EfficiencyScheme(int year, IReadOnlyList<decimal> weights, IReadOnlyList<decimal> benchmarks, decimal classAPercent, decimal classBPercent, decimal classCPercent, string source)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(benchmarks);
        if (weights.Count != IndicatorCount || benchmarks.Count != IndicatorCount)
        {
            throw new ArgumentException($"A scheme has {IndicatorCount} weights and benchmarks.", nameof(weights));
        }

        Year = year;
        (TaxPerMuWeight, ValueAddedPerMuWeight, ValueAddedPerEnergyWeight, ValueAddedPerEmissionWeight, LabourProductivityWeight, RdIntensityWeight) =
            (weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]);
        (TaxPerMuBenchmark, ValueAddedPerMuBenchmark, ValueAddedPerEnergyBenchmark, ValueAddedPerEmissionBenchmark, LabourProductivityBenchmark, RdIntensityBenchmark) =
            (benchmarks[0], benchmarks[1], benchmarks[2], benchmarks[3], benchmarks[4], benchmarks[5]);
        ClassAPercent = classAPercent;
        ClassBPercent = classBPercent;
        ClassCPercent = classCPercent;
        Source = source;
    }

    /// <summary>亩均税收, 亩均增加值, 单位能耗增加值, 单位排放增加值, 全员劳动生产率, 研发经费占比.</summary>
    public const int IndicatorCount = 6;

    /// <summary>Firms scoring below this 亩均税收 (万元/亩) are low-efficiency firms (seed 003).</summary>
    public const decimal LowEfficiencyTaxPerMu = 3m;

    public int Year { get; private set; }

    public decimal TaxPerMuWeight { get; private set; }

    public decimal TaxPerMuBenchmark { get; private set; }

    public decimal ValueAddedPerMuWeight { get; private set; }

    public decimal ValueAddedPerMuBenchmark { get; private set; }

    public decimal ValueAddedPerEnergyWeight { get; private set; }

    public decimal ValueAddedPerEnergyBenchmark { get; private set; }

    public decimal ValueAddedPerEmissionWeight { get; private set; }

    public decimal ValueAddedPerEmissionBenchmark { get; private set; }

    public decimal LabourProductivityWeight { get; private set; }

    public decimal LabourProductivityBenchmark { get; private set; }

    public decimal RdIntensityWeight { get; private set; }

    public decimal RdIntensityBenchmark { get; private set; }

    /// <summary>Class A is the top this-many percent by score (cumulative upper bound of the rank).</summary>
    public decimal ClassAPercent { get; private set; }

    /// <summary>Class B runs down to this cumulative percent of the rank.</summary>
    public decimal ClassBPercent { get; private set; }

    /// <summary>Class C runs down to this cumulative percent; the rest are class D.</summary>
    public decimal ClassCPercent { get; private set; }

    public string Source { get; private set; }

    public IReadOnlyList<decimal> Weights =>
        [TaxPerMuWeight, ValueAddedPerMuWeight, ValueAddedPerEnergyWeight, ValueAddedPerEmissionWeight, LabourProductivityWeight, RdIntensityWeight];

    public IReadOnlyList<decimal> Benchmarks =>
        [TaxPerMuBenchmark, ValueAddedPerMuBenchmark, ValueAddedPerEnergyBenchmark, ValueAddedPerEmissionBenchmark, LabourProductivityBenchmark, RdIntensityBenchmark];

    /// <summary>The class of the firm at 1-based <paramref name="position"/> in a rank of <paramref name="count"/> by score.</summary>
    public char ClassAt(int position, int count)
    {
        var percent = 100m * position / count;
        return percent <= ClassAPercent ? 'A' : percent <= ClassBPercent ? 'B' : percent <= ClassCPercent ? 'C' : 'D';
    }
}
