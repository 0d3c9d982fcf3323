using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// The district indicators the registry computes from firm figures: the one table of their codes,
/// units and formulas. Sums run over the firms at 规上 or above that year (the 入园率 over all firms);
/// a ratio is taken over the firms that have both of its measures, and each value carries its
/// coverage, so a partial sum is never mistaken for the district's total. Words: DisplayText
/// Code_indicator_{code} (the Chinese name is the one the plans print).
/// </summary>
public static class DistrictIndicators
{
    public const string AboveScaleOutput = "above-scale-output";
    public const string AboveScaleValueAdded = "above-scale-value-added";
    public const string ValueAddedRate = "value-added-rate";
    public const string ValueAddedPerMu = "value-added-per-mu";
    public const string TaxPerMu = "tax-per-mu";
    public const string LabourProductivity = "labour-productivity";
    public const string RdIntensity = "rd-intensity";
    public const string AboveScaleFirms = "above-scale-firms";
    public const string ParkRate = "park-rate";
    public const string AboveScaleParkRate = "above-scale-park-rate";

    private const decimal WanPerYi = Money.WanPerYi;

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(AboveScaleOutput, "亿元", s => new(s.Output / WanPerYi, s.Firms, s.Firms)),
        new(AboveScaleValueAdded, "亿元", s => new(s.ValueAdded / WanPerYi, s.ValueAddedFirms, s.Firms)),
        new(ValueAddedRate, "%", s => new(Percent(s.ValueAdded, s.OutputOfValueAdded), s.ValueAddedFirms, s.Firms)),
        new(ValueAddedPerMu, "万元/亩", s => new(Ratio(s.ValueAddedOfLand, s.LandOfValueAdded), s.LandValueAddedFirms, s.Firms)),
        new(TaxPerMu, "万元/亩", s => new(Ratio(s.TaxOfLand, s.LandOfTax), s.LandTaxFirms, s.Firms)),
        new(LabourProductivity, "万元/人", s => new(Ratio(s.ValueAddedOfEmployees, s.EmployeesOfValueAdded), s.EmployeesValueAddedFirms, s.Firms)),
        new(RdIntensity, "%", s => new(Percent(s.RdOfRevenue, s.RevenueOfRd), s.RdRevenueFirms, s.Firms)),
        new(AboveScaleFirms, "家", s => new(s.Firms, s.Firms, s.Firms)) { SameAsTier = Tier.AboveScale },
        new(ParkRate, "%", s => new(Percent(s.InPark, s.Placed), s.Placed, s.AllFirms)),
        new(AboveScaleParkRate, "%", s => new(Percent(s.AboveScaleInPark, s.AboveScalePlaced), s.AboveScalePlaced, s.Firms)),
    ];

    public static IndicatorDefinition? Find(string? code) => All.FirstOrDefault(d => d.Code == code?.Trim());

    /// <summary>The indicator a user names by its code or its words (「规上工业总产值」).</summary>
    public static IndicatorDefinition? Named(string? name) =>
        Find(name) ?? All.FirstOrDefault(d => string.Equals(d.Label, name?.Trim(), StringComparison.Ordinal) || string.Equals(d.ChineseLabel, name?.Trim(), StringComparison.Ordinal));

    private static decimal? Ratio(decimal numerator, decimal denominator) => denominator > 0 ? numerator / denominator : null;

    private static decimal? Percent(decimal numerator, decimal denominator) => denominator > 0 ? numerator / denominator * 100m : null;
}

/// <param name="Unit">The unit the value is in: the unit the plans print it in.</param>
public sealed record IndicatorDefinition(string Code, string Unit, Func<IndicatorSums, IndicatorValue> Compute)
{
    /// <summary>The tier whose count targets this indicator also answers (the 规上 firm count is the 规上 tier's count).</summary>
    public Tier? SameAsTier { get; init; }

    public string Label => Codes.Label("indicator", Code);

    /// <summary>The name as the plans print it, whatever the user's language.</summary>
    public string ChineseLabel => Resources.DisplayText.ResourceManager.GetString($"Code_indicator_{Code}", System.Globalization.CultureInfo.GetCultureInfo("zh-CN")) ?? Code;
}

/// <param name="Value">Rounded to 4 places; null when no firm has the measures.</param>
/// <param name="Covered">Firms whose figures the value rests on.</param>
/// <param name="Of">The firms it is about (the 规上 firms; all firms for the 入园率).</param>
public sealed record IndicatorValue(decimal? Value, int Covered, int Of)
{
    public decimal? Value { get; } = Value is { } v ? Math.Round(v, 4) : null;

    /// <summary>Covered ÷ of (1 = every firm), null when there are none.</summary>
    public double? Coverage => Of > 0 ? Math.Round((double)Covered / Of, 4) : null;
}

/// <summary>The sums one township's (or the district's) indicators are computed from.</summary>
public sealed record IndicatorSums
{
    public int Firms { get; init; }

    public decimal Output { get; init; }

    public int ValueAddedFirms { get; init; }

    public decimal ValueAdded { get; init; }

    public decimal OutputOfValueAdded { get; init; }

    public int LandValueAddedFirms { get; init; }

    public decimal ValueAddedOfLand { get; init; }

    public decimal LandOfValueAdded { get; init; }

    public int LandTaxFirms { get; init; }

    public decimal TaxOfLand { get; init; }

    public decimal LandOfTax { get; init; }

    public int EmployeesValueAddedFirms { get; init; }

    public decimal ValueAddedOfEmployees { get; init; }

    public int EmployeesOfValueAdded { get; init; }

    public int RdRevenueFirms { get; init; }

    public decimal RdOfRevenue { get; init; }

    public decimal RevenueOfRd { get; init; }

    public int AllFirms { get; init; }

    public int Placed { get; init; }

    public int InPark { get; init; }

    public int AboveScalePlaced { get; init; }

    public int AboveScaleInPark { get; init; }

    public static IndicatorSums operator +(IndicatorSums a, IndicatorSums b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new IndicatorSums
        {
            Firms = a.Firms + b.Firms,
            Output = a.Output + b.Output,
            ValueAddedFirms = a.ValueAddedFirms + b.ValueAddedFirms,
            ValueAdded = a.ValueAdded + b.ValueAdded,
            OutputOfValueAdded = a.OutputOfValueAdded + b.OutputOfValueAdded,
            LandValueAddedFirms = a.LandValueAddedFirms + b.LandValueAddedFirms,
            ValueAddedOfLand = a.ValueAddedOfLand + b.ValueAddedOfLand,
            LandOfValueAdded = a.LandOfValueAdded + b.LandOfValueAdded,
            LandTaxFirms = a.LandTaxFirms + b.LandTaxFirms,
            TaxOfLand = a.TaxOfLand + b.TaxOfLand,
            LandOfTax = a.LandOfTax + b.LandOfTax,
            EmployeesValueAddedFirms = a.EmployeesValueAddedFirms + b.EmployeesValueAddedFirms,
            ValueAddedOfEmployees = a.ValueAddedOfEmployees + b.ValueAddedOfEmployees,
            EmployeesOfValueAdded = a.EmployeesOfValueAdded + b.EmployeesOfValueAdded,
            RdRevenueFirms = a.RdRevenueFirms + b.RdRevenueFirms,
            RdOfRevenue = a.RdOfRevenue + b.RdOfRevenue,
            RevenueOfRd = a.RevenueOfRd + b.RevenueOfRd,
            AllFirms = a.AllFirms + b.AllFirms,
            Placed = a.Placed + b.Placed,
            InPark = a.InPark + b.InPark,
            AboveScalePlaced = a.AboveScalePlaced + b.AboveScalePlaced,
            AboveScaleInPark = a.AboveScaleInPark + b.AboveScaleInPark,
        };
    }
}
