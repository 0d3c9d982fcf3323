using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>宗地 as the evaluation reads it: area, tenure and the years it is held (to-year inclusive, open when null).</summary>
public sealed record ParcelSpan(decimal AreaMu, LandTenure Tenure, int FromYear, int? ToYear)
{
    public bool HeldIn(int year) => FromYear <= year && (ToYear is null || ToYear >= year);

    /// <summary>Owned or leased-in land held fewer than <paramref name="buildPeriodYears"/> years: still being built on.</summary>
    public bool InBuildPeriod(int year, int? buildPeriodYears) =>
        Tenure != LandTenure.LeasedOut && buildPeriodYears is { } years && year - FromYear < years;
}

/// <summary>
/// 用地面积 for 亩均, as the counties count it: the firm's own land plus land leased in minus land
/// leased out, from its parcels held in the year when it has any, else the year's 用地面积.
/// </summary>
/// <param name="Mu">The land the per-mu indicators divide by; null when none is recorded.</param>
/// <param name="BuildPeriodMu">Owned or leased-in land left out because it is in its build period.</param>
public sealed record LandUse(decimal? Mu, LandSource Source, decimal BuildPeriodMu)
{
    public static LandUse Of(int year, FigureValues values, IReadOnlyList<ParcelSpan> parcels, int? buildPeriodYears)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(parcels);
        var held = parcels.Where(p => p.HeldIn(year)).ToList();
        if (held.Count == 0)
        {
            return new LandUse(values.LandMu, values.LandMu is null ? LandSource.None : LandSource.Annual, 0m);
        }

        var building = held.Where(p => p.InBuildPeriod(year, buildPeriodYears)).Sum(p => p.AreaMu);
        var net = held.Where(p => !p.InBuildPeriod(year, buildPeriodYears)).Sum(p => p.Tenure == LandTenure.LeasedOut ? -p.AreaMu : p.AreaMu);
        return new LandUse(Measures.Round(net), LandSource.Parcels, Measures.Round(building));
    }

    /// <summary>Whether the per-mu indicators can be computed.</summary>
    public bool HasLand => Mu is > 0;
}
