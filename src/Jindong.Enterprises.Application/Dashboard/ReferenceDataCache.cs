using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>
/// The townships and the segment tree, read once per registry version: every list and form page
/// shows them (two queries per page view otherwise), and they change only with the version (a
/// seed run, a later feature that edits them), so no web server keeps a stale copy.
/// </summary>
internal sealed class ReferenceDataCache(RegistryCache cache)
{
    public Task<Entries> GetAsync(IApplicationDbContext db, CancellationToken cancellationToken) =>
        cache.GetAsync(db, "reference-data", async ct =>
        {
            var townships = await db.Townships.AsNoTracking()
                .OrderBy(t => t.No)
                .Select(t => new TownshipEntry(t.Id, t.Name))
                .ToListAsync(ct);
            var segments = await (
                from s in db.Segments.AsNoTracking()
                join i in db.Industries on s.IndustryId equals i.Id
                join c in db.IndustryCategories on i.CategoryId equals c.Id
                orderby c.Id, i.SortOrder, s.SortOrder
                select new SegmentOption(c.Name, i.Name, s.Name)).ToListAsync(ct);
            return new Entries(townships, segments);
        }, cancellationToken);

    public sealed record TownshipEntry(int Id, string Name);

    public sealed record Entries(IReadOnlyList<TownshipEntry> Townships, IReadOnlyList<SegmentOption> Segments);
}
