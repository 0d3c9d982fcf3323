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
    public async Task<IReadOnlyList<DesignationView>> Handle(GetFirmDesignations query, CancellationToken cancellationToken)
    {
        var kinds = (await db.KindsAsync(cancellationToken)).ToDictionary(k => k.Id);
        var grants = await db.Designations.AsNoTracking().Where(d => d.EnterpriseId == query.EnterpriseId).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return grants
            .Select(g => DesignationView.Of(g, kinds[g.KindId], today))
            .OrderByDescending(v => v.Held)
            .ThenByDescending(v => v.Year)
            .ThenBy(v => kinds.Values.First(k => k.Code == v.Kind).SortOrder)
            .ToList();
    }
}
