using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;

namespace Jindong.Enterprises.Application.Watch;

/// <summary>The dashboard's 预警 panel: per township, how many firms each watch list of the year names (an officer: their township).</summary>
public sealed record GetWatchCounts(int Year) : IQuery<IReadOnlyList<WatchCount>>;

public sealed record WatchCount(string Township, int Candidates, int AtRisk, int Flags);

internal sealed class GetWatchCountsHandler(IApplicationDbContext db, ICurrentUser user, RegistryCache cache, IMediator mediator)
    : IRequestHandler<GetWatchCounts, IReadOnlyList<WatchCount>>
{
    /// <summary>Read once per registry version, year and scope: the lists read every firm's figures of two years.</summary>
    public Task<IReadOnlyList<WatchCount>> Handle(GetWatchCounts query, CancellationToken cancellationToken) =>
        cache.GetAsync(db, $"watch-counts:{query.Year}:{user.ScopedTownship()}", async ct =>
        {
            var list = await mediator.Send(new GetWatchList(query.Year), ct);
            return (IReadOnlyList<WatchCount>)list.Candidates.Select(f => (f.Township, List: 0))
                .Concat(list.AtRisk.Select(f => (f.Township, List: 1)))
                .Concat(list.Flags.Select(f => (f.Township, List: 2)))
                .GroupBy(e => e.Township)
                .Select(g => new WatchCount(g.Key, g.Count(e => e.List == 0), g.Count(e => e.List == 1), g.Count(e => e.List == 2)))
                .ToList();
        }, cancellationToken);
}
