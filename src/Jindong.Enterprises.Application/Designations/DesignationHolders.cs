using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>One grant that holds at a day, with the township its firm stood in at the year's end.</summary>
internal sealed record HeldGrant(int DesignationId, int EnterpriseId, int TownshipId, int KindId);

/// <summary>
/// The one place the designation counts read from: the grants that hold at a day (as recorded by a
/// moment, for a reprint), of the firms on the list then, in the township each stood in at the year's
/// end, limited to the user's township for an officer. The progress report and the plan's count
/// targets both count these.
/// </summary>
internal static class DesignationHolders
{
    public static async Task<IReadOnlyList<HeldGrant>> HeldAsync(this IApplicationDbContext db, ICurrentUser user, ReportBasis basis, DateOnly day, CancellationToken ct)
    {
        var standings = db.Standings(user, basis).Where(s => s.Status == EnterpriseStatus.Active);
        return await (
                from d in db.Designations.Where(Designation.HeldAt(day, basis.RecordedBy))
                join s in standings on d.EnterpriseId equals s.EnterpriseId
                select new HeldGrant(d.Id, d.EnterpriseId, s.TownshipId, d.KindId))
            .ToListAsync(ct);
    }

    /// <summary>The firms counted for a plan subject: those holding any kind that counts toward it.</summary>
    public static IReadOnlyList<int> FirmsCountedFor(this IReadOnlyList<HeldGrant> held, IReadOnlyList<DesignationKind> kinds, string subject, int? townshipId)
    {
        var counting = kinds.Where(k => k.CountList.Contains(subject)).Select(k => k.Id).ToHashSet();
        return held.Where(h => counting.Contains(h.KindId) && (townshipId is null || h.TownshipId == townshipId)).Select(h => h.EnterpriseId).Distinct().ToList();
    }
}

/// <summary>The plan's count targets that name a designation (国家高新技术企业, 市级及以上研发中心 …): firms holding one at the year's end.</summary>
internal sealed class DesignationCountValues(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : Plans.ITargetValueSource
{
    private IReadOnlyList<DesignationKind>? kinds;

    public bool Computes(Domain.Plans.TargetKind kind, string? subject) =>
        kind == Domain.Plans.TargetKind.Count && subject is not null && Kinds().Any(k => k.CountList.Contains(subject));

    public async Task<Plans.TargetActual> ValueAsync(Domain.Plans.TargetKind kind, string subject, int year, int? townshipId, CancellationToken ct)
    {
        var basis = new ReportBasis(year, clock.GetUtcNow().UtcDateTime, ReportBasisKind.Live, null, null);
        var held = await db.HeldAsync(user, basis, basis.YearEnd, ct);
        var ids = held.FirmsCountedFor(Kinds(), subject, townshipId);
        var firms = await (
                from e in db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id))
                join t in db.Townships on e.TownshipId equals t.Id
                select new { e.Id, e.Name, Township = t.Name, Output = db.AnnualFigures.Where(f => f.EnterpriseId == e.Id && f.Year == year).Select(f => (decimal?)f.Values.OutputWan).FirstOrDefault() })
            .ToListAsync(ct);
        var counted = firms.OrderByDescending(f => f.Output ?? 0m).ThenBy(f => f.Id).Select(f => new Plans.CountedFirm(f.Id, f.Name, f.Township, f.Output ?? 0m)).ToList();
        return new Plans.TargetActual(counted.Count, Firms: counted);
    }

    // The catalogue is a few rows, read once per request: Computes is asked for every target.
    private IReadOnlyList<DesignationKind> Kinds() => kinds ??= db.DesignationKinds.AsNoTracking().ToList();
}
