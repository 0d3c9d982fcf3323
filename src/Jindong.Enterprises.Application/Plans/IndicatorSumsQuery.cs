using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// The sums behind <see cref="DistrictIndicators"/> for a year, per township, in two set-based
/// statements over the firms every plan report counts (<see cref="ImpliedTiers.ActiveFigures"/>).
/// Conditional sums only: no arithmetic between two amount columns in SQL (SQLite stores them as
/// scaled integers), the ratios are taken in C#.
/// </summary>
public static class IndicatorSumsQuery
{
    public static async Task<IReadOnlyDictionary<int, IndicatorSums>> IndicatorSumsAsync(this IApplicationDbContext db, ICurrentUser user, int year, TimeProvider clock, CancellationToken ct)
    {
        const int aboveScale = (int)Tier.AboveScale;
        var figures = await db.ActiveFigures(user, year, clock)
            .Where(f => f.Rank >= aboveScale)
            .GroupBy(f => f.TownshipId)
            .Select(g => new
            {
                TownshipId = g.Key,
                Sums = new IndicatorSums
                {
                    Firms = g.Count(),
                    Output = g.Sum(f => f.Values.OutputWan),
                    ValueAddedFirms = g.Count(f => f.Values.ValueAddedWan != null),
                    ValueAdded = g.Sum(f => f.Values.ValueAddedWan ?? 0m),
                    OutputOfValueAdded = g.Sum(f => f.Values.ValueAddedWan != null ? f.Values.OutputWan : 0m),
                    LandValueAddedFirms = g.Count(f => f.Values.ValueAddedWan != null && f.Values.LandMu > 0m),
                    ValueAddedOfLand = g.Sum(f => f.Values.ValueAddedWan != null && f.Values.LandMu > 0m ? f.Values.ValueAddedWan!.Value : 0m),
                    LandOfValueAdded = g.Sum(f => f.Values.ValueAddedWan != null && f.Values.LandMu > 0m ? f.Values.LandMu!.Value : 0m),
                    LandTaxFirms = g.Count(f => f.Values.TaxWan != null && f.Values.LandMu > 0m),
                    TaxOfLand = g.Sum(f => f.Values.TaxWan != null && f.Values.LandMu > 0m ? f.Values.TaxWan!.Value : 0m),
                    LandOfTax = g.Sum(f => f.Values.TaxWan != null && f.Values.LandMu > 0m ? f.Values.LandMu!.Value : 0m),
                    EmployeesValueAddedFirms = g.Count(f => f.Values.ValueAddedWan != null && f.Values.Employees > 0),
                    ValueAddedOfEmployees = g.Sum(f => f.Values.ValueAddedWan != null && f.Values.Employees > 0 ? f.Values.ValueAddedWan!.Value : 0m),
                    EmployeesOfValueAdded = g.Sum(f => f.Values.ValueAddedWan != null && f.Values.Employees > 0 ? f.Values.Employees!.Value : 0),
                    RdRevenueFirms = g.Count(f => f.Values.RdWan != null && f.Values.RevenueWan > 0m),
                    RdOfRevenue = g.Sum(f => f.Values.RdWan != null && f.Values.RevenueWan > 0m ? f.Values.RdWan!.Value : 0m),
                    RevenueOfRd = g.Sum(f => f.Values.RdWan != null && f.Values.RevenueWan > 0m ? f.Values.RevenueWan!.Value : 0m),
                },
            })
            .ToListAsync(ct);

        // Where each firm stands in the year: its latest park record at or before it (none: not known).
        var places = await db.ActiveFigures(user, year, clock)
            .Select(f => new
            {
                f.TownshipId,
                AboveScale = f.Rank >= aboveScale,
                InPark = db.ParkMemberships
                    .Where(m => m.EnterpriseId == f.EnterpriseId && m.Year <= year)
                    .OrderByDescending(m => m.Year)
                    .Select(m => (bool?)(m.Place != ParkPlace.Outside))
                    .FirstOrDefault(),
            })
            .GroupBy(p => new { p.TownshipId, p.AboveScale, p.InPark })
            .Select(g => new { g.Key.TownshipId, g.Key.AboveScale, g.Key.InPark, Count = g.Count() })
            .ToListAsync(ct);

        var result = figures.ToDictionary(f => f.TownshipId, f => f.Sums);
        foreach (var township in places.GroupBy(p => p.TownshipId))
        {
            var park = new IndicatorSums
            {
                AllFirms = township.Sum(p => p.Count),
                Placed = township.Where(p => p.InPark is not null).Sum(p => p.Count),
                InPark = township.Where(p => p.InPark == true).Sum(p => p.Count),
                AboveScalePlaced = township.Where(p => p.AboveScale && p.InPark is not null).Sum(p => p.Count),
                AboveScaleInPark = township.Where(p => p.AboveScale && p.InPark == true).Sum(p => p.Count),
            };
            result[township.Key] = result.TryGetValue(township.Key, out var sums) ? sums + park : park;
        }

        return result;
    }

    /// <summary>The sums of one township, or of every township the dictionary holds (the district, as the user sees it).</summary>
    public static IndicatorSums For(this IReadOnlyDictionary<int, IndicatorSums> sums, int? townshipId)
    {
        ArgumentNullException.ThrowIfNull(sums);
        return townshipId is { } id
            ? sums.GetValueOrDefault(id) ?? new IndicatorSums()
            : sums.Values.Aggregate(new IndicatorSums(), (a, b) => a + b);
    }
}
