using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Designations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>The designations each of some firms holds today, by name in the catalogue's order: the firm list's badges.</summary>
public sealed record GetHeldDesignations(IReadOnlyCollection<int> EnterpriseIds) : IQuery<IReadOnlyDictionary<int, IReadOnlyList<string>>>;

internal sealed class GetHeldDesignationsHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetHeldDesignations, IReadOnlyDictionary<int, IReadOnlyList<string>>>
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> Handle(GetHeldDesignations query, CancellationToken cancellationToken)
    {
        if (query.EnterpriseIds.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<string>>();
        }

        var visible = db.Enterprises.Visible(user).Where(e => query.EnterpriseIds.Contains(e.Id)).Select(e => e.Id);
        var held = await (
                from d in db.Designations.Where(Designation.HeldAt(ChinaTime.Today(clock)))
                join k in db.DesignationKinds on d.KindId equals k.Id
                where visible.Contains(d.EnterpriseId)
                select new { d.EnterpriseId, k.Name, k.SortOrder })
            .ToListAsync(cancellationToken);
        return held
            .GroupBy(h => h.EnterpriseId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(h => h.SortOrder).Select(h => h.Name).Distinct().ToList());
    }
}
