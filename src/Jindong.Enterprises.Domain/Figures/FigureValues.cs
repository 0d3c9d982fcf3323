namespace Jindong.Enterprises.Domain.Figures;

/// <summary>
/// The figures of one firm for one year. Money in 万元, land in 亩, energy in 吨标准煤,
/// emissions in 吨. Only the output value is required. <see cref="Measures"/> lists the
/// properties; read and replace them by <see cref="Measure"/> through the indexer and <see cref="With"/>.
/// </summary>
public sealed record FigureValues(
    decimal OutputWan,
    decimal? RevenueWan = null,
    decimal? TaxWan = null,
    decimal? ValueAddedWan = null,
    decimal? LandMu = null,
    int? Employees = null,
    decimal? RdWan = null,
    decimal? EnergyTce = null,
    decimal? EmissionsTonnes = null)
{
    public decimal? this[Measure measure] => Measures.Of(measure).Get(this);

    public FigureValues With(Measure measure, decimal? value) => Measures.Of(measure).Set(this, value);

    /// <summary>Every amount rounded to <see cref="Measures.Decimals"/> places, as every edge reads them.</summary>
    public FigureValues Rounded() =>
        Measures.All.Where(m => !m.IsCount).Aggregate(this, (v, m) => m.Get(v) is { } x ? m.Set(v, Measures.Round(x)) : v);

    /// <summary>The measures whose values differ between <paramref name="before"/> and this.</summary>
    public IEnumerable<Measure> ChangedFrom(FigureValues? before) =>
        Measures.All.Where(m => before is null || m.Get(before) != m.Get(this)).Select(m => m.Measure);
}
