using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// Computes the value of the targets of one kind in a year — tier counts, district indicators, and
/// (issue 14) designation counts. The evaluation asks every registered source; a target no source
/// computes is listed as needing external data. A new kind of count is a new source plus rows of
/// targets naming its subjects: no schema change. Register it in <see cref="DependencyInjection"/>.
/// </summary>
public interface ITargetValueSource
{
    bool Computes(TargetKind kind, string? subject);

    /// <summary>The value of <paramref name="subject"/> in <paramref name="year"/>, for one township or (null) the district as the user sees it.</summary>
    Task<TargetActual> ValueAsync(TargetKind kind, string subject, int year, int? townshipId, CancellationToken ct);
}

/// <param name="Covered">Firms the value rests on, and <paramref name="Of"/> the firms it is about (coverage); null for counts.</param>
/// <param name="Firms">For a count of firms: the firms that count, named, with their output.</param>
public sealed record TargetActual(decimal? Value, int? Covered = null, int? Of = null, IReadOnlyList<CountedFirm>? Firms = null);

public sealed record CountedFirm(int Id, string Name, string Township, decimal Output);

/// <summary>Firms at or above a tier by the year's output (cumulative, as Table 4-1 counts 超X亿元), named.</summary>
internal sealed class TierCountValues(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ITargetValueSource
{
    public bool Computes(TargetKind kind, string? subject) => kind == TargetKind.Tier && TierScale.TryParse(subject, out _);

    public async Task<TargetActual> ValueAsync(TargetKind kind, string subject, int year, int? townshipId, CancellationToken ct)
    {
        var rank = (int)TierScale.Parse(subject);
        var firms = await (
                from f in db.ActiveFigures(user, year, clock)
                where f.Rank >= rank && (townshipId == null || f.TownshipId == townshipId)
                join e in db.Enterprises on f.EnterpriseId equals e.Id
                join t in db.Townships on f.TownshipId equals t.Id
                orderby f.Values.OutputWan descending, e.Id
                select new CountedFirm(e.Id, e.Name, t.Name, f.Values.OutputWan))
            .ToListAsync(ct);
        return new TargetActual(firms.Count, Firms: firms);
    }
}

/// <summary>The <see cref="DistrictIndicators"/>, from one pair of statements per year.</summary>
internal sealed class IndicatorValues(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ITargetValueSource
{
    private readonly Dictionary<int, IReadOnlyDictionary<int, IndicatorSums>> byYear = [];

    public bool Computes(TargetKind kind, string? subject) => kind == TargetKind.Indicator && DistrictIndicators.Find(subject) is not null;

    public async Task<TargetActual> ValueAsync(TargetKind kind, string subject, int year, int? townshipId, CancellationToken ct)
    {
        var value = DistrictIndicators.Find(subject)!.Compute((await SumsAsync(year, ct)).For(townshipId));
        return new TargetActual(value.Value, value.Covered, value.Of);
    }

    public async Task<IReadOnlyDictionary<int, IndicatorSums>> SumsAsync(int year, CancellationToken ct)
    {
        if (!byYear.TryGetValue(year, out var sums))
        {
            byYear[year] = sums = await db.IndicatorSumsAsync(user, year, clock, ct);
        }

        return sums;
    }
}
