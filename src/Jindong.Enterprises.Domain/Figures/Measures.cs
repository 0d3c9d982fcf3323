namespace Jindong.Enterprises.Domain.Figures;

/// <summary>
/// The one table of the annual measures: everything that lists them (validators, labels, import
/// columns, export columns, CLI options, SQL column lists) is derived from it, so a new measure
/// is a new row here, a property on <see cref="FigureValues"/> and a migration.
/// </summary>
public static class Measures
{
    /// <summary>Decimal places every amount is rounded to (half away from zero) at every edge, and stored with.</summary>
    public const int Decimals = 4;

    /// <summary>10^12 of the unit is beyond any firm; larger numbers are typing errors.</summary>
    public const decimal Largest = 1_000_000_000_000m;

    private static readonly MeasureDefinition[] Definitions =
    [
        new(Measure.Output, nameof(FigureValues.OutputWan), "万元", false, v => v.OutputWan, (v, x) => v with { OutputWan = x ?? throw Required() }),
        new(Measure.Revenue, nameof(FigureValues.RevenueWan), "万元", false, v => v.RevenueWan, (v, x) => v with { RevenueWan = x }),
        new(Measure.Tax, nameof(FigureValues.TaxWan), "万元", false, v => v.TaxWan, (v, x) => v with { TaxWan = x }),
        new(Measure.ValueAdded, nameof(FigureValues.ValueAddedWan), "万元", false, v => v.ValueAddedWan, (v, x) => v with { ValueAddedWan = x }),
        new(Measure.Land, nameof(FigureValues.LandMu), "亩", false, v => v.LandMu, (v, x) => v with { LandMu = x }),
        new(Measure.Employees, nameof(FigureValues.Employees), "人", true, v => v.Employees, (v, x) => v with { Employees = x is null ? null : (int)x }),
        new(Measure.Rd, nameof(FigureValues.RdWan), "万元", false, v => v.RdWan, (v, x) => v with { RdWan = x }),
        new(Measure.Energy, nameof(FigureValues.EnergyTce), "吨标准煤", false, v => v.EnergyTce, (v, x) => v with { EnergyTce = x }),
        new(Measure.Emissions, nameof(FigureValues.EmissionsTonnes), "吨", false, v => v.EmissionsTonnes, (v, x) => v with { EmissionsTonnes = x }),
    ];

    /// <summary>Every measure, in the order forms, files and reports show them.</summary>
    public static IReadOnlyList<MeasureDefinition> All => Definitions;

    public static MeasureDefinition Of(Measure measure) => Definitions[(int)measure];

    /// <summary>
    /// The rounding every edge applies before anything else: 4 places, half away from zero, and no
    /// trailing zeros (0.5000 is 0.5), so a value typed, imported or read back is the same everywhere.
    /// </summary>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero) / 1.0000000000000000000000000000m;

    private static DomainRuleException Required() => new(DomainRules.OutputRequired);
}

/// <summary>
/// One annual measure: the <see cref="FigureValues"/> property that carries it (also its column),
/// its printed unit, whether it counts whole things, and how to read and replace it.
/// </summary>
public sealed record MeasureDefinition(
    Measure Measure,
    string Property,
    string Unit,
    bool IsCount,
    Func<FigureValues, decimal?> Get,
    Func<FigureValues, decimal?, FigureValues> Set)
{
    /// <summary>Only the output value is required: it decides the tier.</summary>
    public bool IsRequired => Measure == Measure.Output;
}
