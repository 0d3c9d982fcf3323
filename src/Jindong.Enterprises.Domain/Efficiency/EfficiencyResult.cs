using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>
/// 评价结果 — one firm's evaluation as stored: the figures and land it was computed from (frozen at
/// the run), the township it belonged to then, and its score, district-wide rank and class. Written
/// set-based by a run; only an upheld objection changes one afterwards.
/// </summary>
public sealed class EfficiencyResult
{
    private EfficiencyResult()
    {
        Values = null!;
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>The firm's township when the evaluation ran: the one responsible for it.</summary>
    public int TownshipId { get; private set; }

    public Population Population { get; private set; }

    /// <summary>The year's figures exactly as the evaluation read them.</summary>
    public FigureValues Values { get; private set; }

    public decimal? LandMu { get; private set; }

    public LandSource LandSource { get; private set; }

    public decimal BuildPeriodMu { get; private set; }

    public decimal? TaxPerMu { get; private set; }

    public bool? LowEfficiency { get; private set; }

    public Exemption? Exemption { get; private set; }

    public Unclassed? Unclassed { get; private set; }

    public decimal? Score { get; private set; }

    /// <summary>Among the firms of the population, district-wide; ties share the better rank.</summary>
    public int? Rank { get; private set; }

    public int? RankedCount { get; private set; }

    public string? Class { get; private set; }

    public ClassBasis? ClassedBy { get; private set; }

    /// <summary>True once an upheld objection recomputed the firm.</summary>
    public bool Recomputed { get; private set; }

    public static EfficiencyResult Of(int evaluationId, FirmEvaluation firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        var result = new EfficiencyResult { EvaluationId = evaluationId, EnterpriseId = firm.EnterpriseId, TownshipId = firm.TownshipId };
        result.Apply(firm);
        return result;
    }

    /// <summary>The firm recomputed after an upheld objection; its township stays the one of the run.</summary>
    public void Recompute(FirmEvaluation firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        Apply(firm);
        Recomputed = true;
    }

    /// <summary>The lines of this result, to store beside it.</summary>
    public static IEnumerable<EfficiencyResultLine> LinesOf(int evaluationId, FirmEvaluation firm) =>
        firm.Lines.Select(l => EfficiencyResultLine.Of(evaluationId, firm.EnterpriseId, l));

    /// <summary>What a stored result says, back as an evaluation (with its stored lines).</summary>
    public FirmEvaluation ToEvaluation(IReadOnlyList<IndicatorLine> lines) =>
        new(EnterpriseId, TownshipId, Population, Values, new LandUse(LandMu, LandSource, BuildPeriodMu), TaxPerMu, LowEfficiency, Exemption, Unclassed, Score, Rank, RankedCount, Class, ClassedBy, lines);

    private void Apply(FirmEvaluation firm)
    {
        Population = firm.Population;
        Values = firm.Values;
        LandMu = firm.Land.Mu;
        LandSource = firm.Land.Source;
        BuildPeriodMu = firm.Land.BuildPeriodMu;
        TaxPerMu = firm.TaxPerMu;
        LowEfficiency = firm.LowEfficiency;
        Exemption = firm.Exemption;
        Unclassed = firm.Unclassed;
        Score = firm.Score;
        Rank = firm.Rank;
        RankedCount = firm.RankedCount;
        Class = firm.Class;
        ClassedBy = firm.ClassedBy;
    }
}

/// <summary>One indicator line of a stored result.</summary>
public sealed class EfficiencyResultLine
{
    private EfficiencyResultLine()
    {
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>The indicator's index in the evaluation's <see cref="MethodTerms.Indicators"/>.</summary>
    public int Order { get; private set; }

    public decimal? Value { get; private set; }

    public decimal Score { get; private set; }

    public IndicatorRule Rule { get; private set; }

    public static EfficiencyResultLine Of(int evaluationId, int enterpriseId, IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new() { EvaluationId = evaluationId, EnterpriseId = enterpriseId, Order = line.Order, Value = line.Value, Score = line.Score, Rule = line.Rule };
    }

    public IndicatorLine ToLine() => new(Order, Value, Score, Rule);
}
