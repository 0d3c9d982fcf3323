namespace Jindong.Enterprises.Domain.Figures;

/// <summary>
/// The figures of one firm for one year. Money in 万元, land in 亩, energy in 吨标准煤,
/// emissions in 吨. Only the output value is required.
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
    decimal? EmissionsTonnes = null);
