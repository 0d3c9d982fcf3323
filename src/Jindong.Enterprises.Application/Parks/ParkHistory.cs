using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Parks;

/// <summary>The parks a firm can be recorded in: the platforms of Appendix 1 and the micro-parks of Appendix 2.</summary>
public sealed record GetParkOptions : IQuery<ParkOptions>;

/// <param name="MicroParks">Each with its township, in the plan's order.</param>
public sealed record ParkOptions(IReadOnlyList<string> Platforms, IReadOnlyList<MicroParkOption> MicroParks);

public sealed record MicroParkOption(string Name, string Township);

internal sealed class GetParkOptionsHandler(IApplicationDbContext db) : IRequestHandler<GetParkOptions, ParkOptions>
{
    public async Task<ParkOptions> Handle(GetParkOptions query, CancellationToken cancellationToken) => new(
        await db.Platforms.AsNoTracking().OrderBy(p => p.No).Select(p => p.Name).ToListAsync(cancellationToken),
        await (from m in db.MicroParks.AsNoTracking()
               join t in db.Townships on m.TownshipId equals t.Id
               orderby m.No
               select new MicroParkOption(m.Name, t.Name)).ToListAsync(cancellationToken));
}

internal static class ParkHistory
{
    /// <summary>A firm's recorded park places, latest year first; each holds until the next.</summary>
    public static async Task<IReadOnlyList<ParkPlaceView>> ParkHistoryOfAsync(this IApplicationDbContext db, int enterpriseId, CancellationToken ct)
    {
        var rows = await Places(db, db.ParkMemberships.Where(m => m.EnterpriseId == enterpriseId)).ToListAsync(ct);
        return rows.OrderByDescending(r => r.Membership.Year).Select(r => View(r.Membership, r.Park)).ToList();
    }

    /// <summary>One recorded place as shown, with the name of its park.</summary>
    public static async Task<ParkPlaceView> ViewAsync(this IApplicationDbContext db, int membershipId, CancellationToken ct)
    {
        var row = await Places(db, db.ParkMemberships.Where(m => m.Id == membershipId)).SingleAsync(ct);
        return View(row.Membership, row.Park);
    }

    private static ParkPlaceView View(ParkMembership m, string? park) => new(m.EnterpriseId, m.Year, Codes.Of(m.Place), park);

    private static IQueryable<PlaceRow> Places(IApplicationDbContext db, IQueryable<ParkMembership> memberships) =>
        from m in memberships.AsNoTracking()
        from p in db.Platforms.Where(p => p.Id == m.PlatformId).DefaultIfEmpty()
        from mp in db.MicroParks.Where(mp => mp.Id == m.MicroParkId).DefaultIfEmpty()
        select new PlaceRow(m, p != null ? p.Name : mp != null ? mp.Name : m.ParkName);

    private sealed record PlaceRow(ParkMembership Membership, string? Park);
}
