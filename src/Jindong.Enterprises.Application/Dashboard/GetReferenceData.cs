using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>The choices forms and filters offer: townships (a township officer's own only), segments, tiers.</summary>
public sealed record GetReferenceData : IQuery<ReferenceData>;

public sealed record ReferenceData(IReadOnlyList<string> Townships, IReadOnlyList<SegmentOption> Segments, IReadOnlyList<string> Tiers, IReadOnlyList<string> TargetTiers);

/// <summary>A segment with the industry and category it belongs to (Table 5-2).</summary>
public sealed record SegmentOption(string Category, string Industry, string Segment);

internal sealed class GetReferenceDataHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetReferenceData, ReferenceData>
{
    public async Task<ReferenceData> Handle(GetReferenceData query, CancellationToken cancellationToken)
    {
        var townships = db.Townships.AsNoTracking();
        if (user.Role == UserRole.Township)
        {
            townships = townships.Where(t => t.Id == user.TownshipId);
        }

        var segments = await (
            from s in db.Segments.AsNoTracking()
            join i in db.Industries on s.IndustryId equals i.Id
            join c in db.IndustryCategories on i.CategoryId equals c.Id
            orderby c.Id, i.SortOrder, s.SortOrder
            select new SegmentOption(c.Name, i.Name, s.Name)).ToListAsync(cancellationToken);

        return new ReferenceData(
            await townships.OrderBy(t => t.No).Select(t => t.Name).ToListAsync(cancellationToken),
            segments,
            TierScale.All.Select(d => d.Name).ToList(),
            TierScale.TargetTiers.Select(t => t.Name()).ToList());
    }
}
