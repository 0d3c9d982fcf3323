using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>A firm's designations, current and past: those it holds today first, then by year, latest first.</summary>
public sealed record GetFirmDesignations(int EnterpriseId) : IQuery<IReadOnlyList<DesignationView>>, IReadsEnterprise;

internal sealed class GetFirmDesignationsHandler(IApplicationDbContext db, TimeProvider clock) : IRequestHandler<GetFirmDesignations, IReadOnlyList<DesignationView>>
{
    public Task<IReadOnlyList<DesignationView>> Handle(GetFirmDesignations query, CancellationToken cancellationToken) =>
        db.DesignationsOfAsync(query.EnterpriseId, ChinaTime.Today(clock), cancellationToken);
}

internal static class FirmDesignations
{
    /// <summary>A firm's grants: those it holds on <paramref name="today"/> first, then by year, latest first, in the catalogue's order.</summary>
    public static async Task<IReadOnlyList<DesignationView>> DesignationsOfAsync(this IApplicationDbContext db, int enterpriseId, DateOnly today, CancellationToken ct)
    {
        var kinds = (await db.KindsAsync(ct)).ToDictionary(k => k.Id);
        var grants = await db.Designations.AsNoTracking().Where(d => d.EnterpriseId == enterpriseId).ToListAsync(ct);
        return grants
            .OrderByDescending(g => g.HeldOn(today))
            .ThenByDescending(g => g.Year)
            .ThenBy(g => kinds[g.KindId].SortOrder)
            .Select(g => DesignationView.Of(g, kinds[g.KindId], today))
            .ToList();
    }
}
