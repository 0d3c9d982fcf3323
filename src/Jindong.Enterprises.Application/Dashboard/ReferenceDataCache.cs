using Jindong.Enterprises.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>
/// The townships and the segment tree, read once per process: they come from the plan's seed, no
/// command changes them, and every list and form page shows them (two queries per page view
/// otherwise).
/// </summary>
internal sealed class ReferenceDataCache
{
    private volatile Entries? entries;

    public async Task<Entries> GetAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        if (entries is { } loaded)
        {
            return loaded;
        }

        // Requests racing at start-up may each load it; they read the same rows.
        var townships = await db.Townships.AsNoTracking()
            .OrderBy(t => t.No)
            .Select(t => new TownshipEntry(t.Id, t.Name))
            .ToListAsync(cancellationToken);
        var segments = await (
            from s in db.Segments.AsNoTracking()
            join i in db.Industries on s.IndustryId equals i.Id
            join c in db.IndustryCategories on i.CategoryId equals c.Id
            orderby c.Id, i.SortOrder, s.SortOrder
            select new SegmentOption(c.Name, i.Name, s.Name)).ToListAsync(cancellationToken);
        return entries = new Entries(townships, segments);
    }

    public sealed record TownshipEntry(int Id, string Name);

    public sealed record Entries(IReadOnlyList<TownshipEntry> Townships, IReadOnlyList<SegmentOption> Segments);
}
