using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>The choices forms and filters offer: townships (a township officer's own only), segments, tiers.</summary>
public sealed record GetReferenceData : IQuery<ReferenceData>;

public sealed record ReferenceData(IReadOnlyList<string> Townships, IReadOnlyList<SegmentOption> Segments, IReadOnlyList<string> Tiers, IReadOnlyList<string> TargetTiers);

/// <summary>A segment with the industry and category it belongs to (Table 5-2).</summary>
public sealed record SegmentOption(string Category, string Industry, string Segment);

internal sealed class GetReferenceDataHandler(IApplicationDbContext db, ICurrentUser user, ReferenceDataCache cache) : IRequestHandler<GetReferenceData, ReferenceData>
{
    public async Task<ReferenceData> Handle(GetReferenceData query, CancellationToken cancellationToken)
    {
        var entries = await cache.GetAsync(db, cancellationToken);
        var townships = entries.Townships.Where(t => user.CanSee(t.Id));
        return new ReferenceData(
            townships.Select(t => t.Name).ToList(),
            entries.Segments,
            TierScale.All.Select(d => d.Name).ToList(),
            TierScale.TargetTiers.Select(t => t.Name()).ToList());
    }
}
