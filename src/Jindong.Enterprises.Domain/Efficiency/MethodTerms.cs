using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>
/// 评价办法 — what one year's 亩均效益综合评价 method says: the indicators of each population with
/// their weights and benchmarks, the missing-indicator rule, the classes and their cut-offs, the
/// exemptions and the low-efficiency line. Counties change every one of these every year, so a
/// method is data (docs/efficiency.md); the registry's code only applies it.
/// </summary>
public sealed record MethodTerms
{
    public const int NameMaxLength = 200;
    public const int SourceMaxLength = 500;

    public required string Name { get; init; }

    /// <summary>The document that publishes the method (文号), or where it was taken from.</summary>
    public required string Source { get; init; }

    /// <summary>Every indicator of every population, in the order the method lists them; a line's order is its index here.</summary>
    public required IReadOnlyList<IndicatorTerms> Indicators { get; init; }

    /// <summary>From the best class (A 优先发展) to the last (D 整治淘汰).</summary>
    public required IReadOnlyList<ClassTerms> Classes { get; init; }

    public MissingIndicatorRule Missing { get; init; } = MissingIndicatorRule.Average;

    public ClassBasis ClassBy { get; init; } = ClassBasis.Rank;

    /// <summary>With fewer ranked firms than this, rank shares do not apply: the score cut-offs do, if the classes have them, else no class.</summary>
    public int? MinimumRanked { get; init; }

    public LowEfficiencyLine LowEfficiency { get; init; } = LowEfficiencyLine.Seed003;

    public Exemptions Exemptions { get; init; } = Exemptions.None;

    /// <summary>The indicators of one population with their orders.</summary>
    public IEnumerable<(int Order, IndicatorTerms Terms)> For(Population population) =>
        Indicators.Select((t, i) => (i, t)).Where(x => x.t.Population == population);

    /// <summary>Whether every class but the last has a score cut-off.</summary>
    public bool HasScoreCutoffs() => Classes.Count > 0 && Classes.Take(Classes.Count - 1).All(c => c.MinScore is not null);

    /// <summary>The position of a class from the best (0); -1 for a code the method has no class for.</summary>
    public int ClassIndex(string code)
    {
        for (var i = 0; i < Classes.Count; i++)
        {
            if (string.Equals(Classes[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>One indicator: numerator ÷ denominator over the annual measures (land is the land for 亩均), scored value ÷ benchmark × weight, capped.</summary>
/// <param name="Cap">The most score points the indicator can give; none when null.</param>
public sealed record IndicatorTerms(Population Population, string Name, Measure Numerator, Measure Denominator, decimal Weight, decimal Benchmark, decimal? Cap = null)
{
    public const int NameMaxLength = 50;
}

/// <summary>One class: its code and name, its rank cut-off (cumulative share from the top, %) and its score cut-off (at least).</summary>
public sealed record ClassTerms(string Code, string Name, decimal? UpToPercent, decimal? MinScore)
{
    public const int CodeMaxLength = 10;
    public const int NameMaxLength = 50;
}

/// <summary>The low-efficiency line on 亩均税收 (万元/亩). 「3万元以下」 includes 3 in Chinese legal drafting, so inclusive is the default.</summary>
public sealed record LowEfficiencyLine(decimal TaxPerMu, bool Inclusive = true)
{
    /// <summary>Seed 003 (工业园区"二次开发"三年行动计划 2.0): 「亩均税收 3万元以下企业」.</summary>
    public static readonly LowEfficiencyLine Seed003 = new(3m);

    public bool IsLow(decimal taxPerMu) => Inclusive ? taxPerMu <= TaxPerMu : taxPerMu < TaxPerMu;
}

/// <summary>Firms the method leaves out of the ranking.</summary>
/// <param name="NewFirmYears">Firms established fewer than this many years before the year evaluated (year − established &lt; N).</param>
/// <param name="BuildPeriodYears">Owned or leased-in parcels held fewer than this many years (year − from &lt; N) are in their build period: left out of the land; a firm with no other land is exempt.</param>
/// <param name="Kinds">Kinds of firm (企业类别, as recorded on the firm's profile) left out.</param>
public sealed record Exemptions(int? NewFirmYears, int? BuildPeriodYears, IReadOnlyList<string> Kinds)
{
    public const int KindMaxLength = 50;

    public static readonly Exemptions None = new(null, null, []);
}
