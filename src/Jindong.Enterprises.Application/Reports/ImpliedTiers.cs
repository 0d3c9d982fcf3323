using System.Linq.Expressions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>An active firm's output for the report year, as the tier counts read it.</summary>
public sealed class FirmOutput
{
    public int TownshipId { get; init; }

    public int? SegmentId { get; init; }

    /// <summary>SQLite keeps numeric columns as REAL, so comparing as double is exact and stays in SQL.</summary>
    public double Output { get; init; }
}

/// <summary>An active firm classified by the tier its output implies (the Tier's number).</summary>
public sealed class FirmTier
{
    public int TownshipId { get; init; }

    public int? SegmentId { get; init; }

    public int Rank { get; init; }
}

/// <summary>
/// The tier counts every plan report is built from: set-based, one statement, with the tier
/// implied by the year's output computed in SQL from <see cref="TierScale"/>'s thresholds.
/// </summary>
public static class ImpliedTiers
{
    /// <summary>new FirmTier { …, Rank = CASE WHEN Output >= 500000 THEN 6 … ELSE 0 END }, built from the scale.</summary>
    public static readonly Expression<Func<FirmOutput, FirmTier>> Classify = BuildClassify();

    /// <summary>Active firms (of the user's township, for a township officer) with figures for the year.</summary>
    public static IQueryable<FirmOutput> ActiveOutputs(this IApplicationDbContext db, ICurrentUser user, int year)
    {
        var township = user.Role == UserRole.Township ? user.TownshipId : null;
        return from f in db.AnnualFigures
               where f.Year == year
               join e in db.Enterprises on f.EnterpriseId equals e.Id
               where e.Status == EnterpriseStatus.Active && (township == null || e.TownshipId == township)
               select new FirmOutput { TownshipId = e.TownshipId, SegmentId = e.SegmentId, Output = (double)f.OutputWan };
    }

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

    private static Expression<Func<FirmOutput, FirmTier>> BuildClassify()
    {
        var firm = Expression.Parameter(typeof(FirmOutput), "x");
        var output = Expression.Property(firm, nameof(FirmOutput.Output));
        Expression rank = Expression.Constant((int)Tier.BelowScale);
        foreach (var definition in TierScale.All.Where(d => d.ThresholdWan > 0))
        {
            rank = Expression.Condition(
                Expression.GreaterThanOrEqual(output, Expression.Constant((double)definition.ThresholdWan)),
                Expression.Constant((int)definition.Tier),
                rank);
        }

        var body = Expression.MemberInit(
            Expression.New(typeof(FirmTier)),
            Expression.Bind(typeof(FirmTier).GetProperty(nameof(FirmTier.TownshipId))!, Expression.Property(firm, nameof(FirmOutput.TownshipId))),
            Expression.Bind(typeof(FirmTier).GetProperty(nameof(FirmTier.SegmentId))!, Expression.Property(firm, nameof(FirmOutput.SegmentId))),
            Expression.Bind(typeof(FirmTier).GetProperty(nameof(FirmTier.Rank))!, rank));
        return Expression.Lambda<Func<FirmOutput, FirmTier>>(body, firm);
    }
}
