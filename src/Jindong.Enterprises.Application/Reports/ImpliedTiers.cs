using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>An active firm classified by the tier its output implies (the Tier's number).</summary>
public sealed class FirmTier
{
    public int TownshipId { get; init; }

    public int? SegmentId { get; init; }

    public int Rank { get; init; }
}

/// <summary>A firm's figures for a year, with the rank its output implies.</summary>
public sealed class FirmFigures
{
    public int EnterpriseId { get; init; }

    public int TownshipId { get; init; }

    public int? SegmentId { get; init; }

    public int Rank { get; init; }

    public FigureValues Values { get; init; } = null!;
}

/// <summary>
/// The tier counts every plan report is built from: set-based, one statement, with the tier
/// implied by the year's output computed in SQL (<see cref="TierRank.Implied"/>).
/// </summary>
public static class ImpliedTiers
{
    /// <summary>
    /// Firms active at the basis's year end (of the user's township then, for a township officer) with
    /// figures for the year, in the township and segment they had then, with their implied rank.
    /// </summary>
    public static IQueryable<FirmTier> ActiveTiers(this IApplicationDbContext db, ICurrentUser user, ReportBasis basis) =>
        from f in db.Figures(basis)
        where f.Year == basis.Year
        join s in db.Standings(user, basis) on f.EnterpriseId equals s.EnterpriseId
        where s.Status == EnterpriseStatus.Active
        select new FirmTier { TownshipId = s.TownshipId, SegmentId = s.SegmentId, Rank = TierRank.Implied(f.OutputWan) };

    /// <summary>
    /// The firms and figures the district indicators and a plan's evaluation count: firms active at the
    /// year's end (of the user's township then, for a township officer) with figures for the year, in the
    /// township they had then, with the year's measures and implied rank. A firm that moved out or
    /// changed township later still counts where it stood.
    /// </summary>
    public static IQueryable<FirmFigures> ActiveFigures(this IApplicationDbContext db, ICurrentUser user, int year, TimeProvider clock) =>
        from f in db.AnnualFigures
        where f.Year == year
        join s in db.Standings(user, ReportBasis.Live(year, clock)) on f.EnterpriseId equals s.EnterpriseId
        where s.Status == EnterpriseStatus.Active
        select new FirmFigures { EnterpriseId = f.EnterpriseId, TownshipId = s.TownshipId, SegmentId = s.SegmentId, Rank = TierRank.Implied(f.Values.OutputWan), Values = f.Values };

    /// <summary>Band counts by tier rank, with the cumulative ("at or above") counts beside them.</summary>
    public static IReadOnlyList<(Tier Tier, int Band, int Cumulative)> Accumulate(IEnumerable<(int Rank, int Count)> counts)
    {
        var bands = new int[TierScale.All.Count];
        foreach (var (rank, count) in counts)
        {
            bands[rank] += count;
        }

        var result = new (Tier, int, int)[bands.Length];
        var atOrAbove = 0;
        for (var rank = bands.Length - 1; rank >= 0; rank--)
        {
            atOrAbove += bands[rank];
            result[rank] = ((Tier)rank, bands[rank], atOrAbove);
        }

        return result;
    }
}
