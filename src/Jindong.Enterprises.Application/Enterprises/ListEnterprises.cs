using Jindong.Enterprises.Domain.Users;
using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Lists firms, filtered and paged, in the plan's order (Appendix 4 first).</summary>
/// <param name="Text">Part of the name, or a whole credit code.</param>
/// <param name="Designation">Only firms holding this designation today (its code, name, or family).</param>
public sealed record ListEnterprises(
    string? Township = null,
    string? Segment = null,
    string? Tier = null,
    string? Target = null,
    string? Status = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50,
    string? Sort = null,
    string? Designation = null) : IQuery<PagedResult<EnterpriseView>>
{
    public const int MaxPageSize = 10_000;

    /// <summary>The orders <see cref="Sort"/> accepts; a leading '-' reverses one. Default: the plan's order.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["listNo", "name", "township", "tier"];
}

/// <summary>One page of a longer list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

internal sealed class ListEnterprisesValidator : AbstractValidator<ListEnterprises>
{
    public ListEnterprisesValidator()
    {
        RuleFor(q => q.Tier).ValidTierName(() => Messages.FieldTier);
        RuleFor(q => q.Target).ValidTierName(() => Messages.FieldTarget);
        RuleFor(q => q.Status)
            .Must(s => s is null || Codes.TryParse<EnterpriseStatus>(s, out _))
            .WithMessage((_, s) => string.Format(CultureInfo.CurrentCulture, Messages.StatusUnknown, s));
        RuleFor(q => q.Page).GreaterThan(0)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PageOutOfRange, ListEnterprises.MaxPageSize));
        RuleFor(q => q.Sort)
            .Must(s => s is null || ListEnterprises.SortKeys.Contains(s.TrimStart('-'), StringComparer.OrdinalIgnoreCase))
            .WithMessage((_, s) => string.Format(CultureInfo.CurrentCulture, Messages.SortUnknown, s, string.Join(", ", ListEnterprises.SortKeys)));
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListEnterprises.MaxPageSize)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PageOutOfRange, ListEnterprises.MaxPageSize));
    }
}

internal sealed class ListEnterprisesHandler(IApplicationDbContext db, ICurrentUser user, RegistryCache cache, TimeProvider clock)
    : IRequestHandler<ListEnterprises, PagedResult<EnterpriseView>>
{
    /// <summary>Pages this long or shorter (a screen's worth) are kept per registry version; longer ones (exports, scripts) are read each time.</summary>
    internal const int CachedPageSize = 100;

    /// <summary>
    /// A page of a screen's length is read once per registry version, filter, order and page: a
    /// repeated view (every user's first page, a search paged back and forth) then costs a point read.
    /// </summary>
    public Task<PagedResult<EnterpriseView>> Handle(ListEnterprises query, CancellationToken cancellationToken) =>
        query.PageSize <= CachedPageSize
            ? cache.GetAsync(db, string.Join('\u001f', CountKey(query), query.Sort, query.Page, query.PageSize), ct => ReadAsync(query, ct), cancellationToken)
            : ReadAsync(query, cancellationToken);

    private async Task<PagedResult<EnterpriseView>> ReadAsync(ListEnterprises query, CancellationToken cancellationToken)
    {
        var firms = await FilteredAsync(query, cancellationToken);
        // Counted once per registry version and filter: an exact count is a pass over every firm
        // the filter selects (on PostgreSQL a scan of the table), and every page of a list repeats it.
        var total = await cache.GetAsync(db, CountKey(query), firms.CountAsync, cancellationToken);
        // In long arithmetic: page 2^31 − 1 of 10,000 is past any list, not (wrapped round) page 1.
        var skip = ((long)query.Page - 1) * query.PageSize;
        var descending = query.Sort?.StartsWith('-') == true;
        var page = skip >= total ? [] : query.Sort?.TrimStart('-').ToUpperInvariant() switch
        {
            null or "LISTNO" => await PlanOrderPageAsync(firms, descending, (int)skip, query.PageSize, cancellationToken),
            var sort => await SortedPageAsync(firms, sort, descending, (int)skip, query.PageSize, cancellationToken),
        };

        return new PagedResult<EnterpriseView>(
            page.Select(r => EnterpriseView.Of(r.Enterprise, r.Township, r.Segment)).ToList(),
            total,
            query.Page,
            query.PageSize);
    }

    private string CountKey(ListEnterprises q) =>
        string.Join('\u001f', "firm-count", user.ScopedTownship(), Key(q.Township), Key(q.Segment), q.Tier, q.Target, q.Status, Key(q.Text),
            // Whether a grant holds changes with the day, not only with the registry's version.
            Key(q.Designation) is null ? null : $"{Key(q.Designation)}@{ChinaTime.Today(clock):yyyyMMdd}");

    private static string? Key(string? filter) => string.IsNullOrWhiteSpace(filter) ? null : filter.Trim();

    /// <summary>
    /// The firms the filters select, as conditions on the firm's own columns (townships and
    /// segments by id), so the count reads one index and joins nothing.
    /// </summary>
    private async Task<IQueryable<Enterprise>> FilteredAsync(ListEnterprises query, CancellationToken cancellationToken)
    {
        var firms = db.Enterprises.AsNoTracking().Visible(user);

        if (!string.IsNullOrWhiteSpace(query.Township))
        {
            var township = query.Township.Trim();
            // Looked up first: "TownshipId = @id" lets the database walk the (TownshipId, ListNo) index in order.
            var townships = await db.Townships.Where(t => t.Name == township || t.ShortName == township).Select(t => t.Id).ToListAsync(cancellationToken);
            if (townships is [var townshipId])
            {
                firms = firms.Where(e => e.TownshipId == townshipId);
            }
            else
            {
                firms = firms.Where(e => townships.Contains(e.TownshipId));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Segment))
        {
            var segment = query.Segment.Trim();
            var segments = db.Segments.Where(s => s.Name == segment).Select(s => (int?)s.Id);
            firms = firms.Where(e => segments.Contains(e.SegmentId));
        }

        if (query.Tier is not null)
        {
            Tier? tier = TierScale.Parse(query.Tier);
            firms = firms.Where(e => e.CurrentTier == tier);
        }

        if (query.Target is not null)
        {
            Tier? target = TierScale.Parse(query.Target);
            firms = firms.Where(e => e.Target == target);
        }

        if (query.Status is not null && Codes.TryParse<EnterpriseStatus>(query.Status, out var status))
        {
            firms = firms.Where(e => e.Status == status);
        }

        if (Key(query.Designation) is { } designation)
        {
            var kindId = (await db.RequireKindAsync(designation, null, nameof(query.Designation), cancellationToken)).Id;
            var holders = db.Designations.Where(d => d.KindId == kindId).Where(Domain.Designations.Designation.HeldAt(ChinaTime.Today(clock))).Select(d => d.EnterpriseId);
            firms = firms.Where(e => holders.Contains(e.Id));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var code = UnifiedSocialCreditCode.Normalize(text);
            var matching = db.EnterprisesMatching(text);
            firms = firms.Where(e => matching.Contains(e.Id) || e.CreditCode == code);
        }

        return firms;
    }

    /// <summary>
    /// A page in the plan's order: the Appendix-4 firms by list number (reversed for "-listNo"),
    /// then every other firm by id. Sorting on "ListNo IS NULL, ListNo" made the database read and
    /// sort the whole registry for each page; as two parts, each in the order of an index, a page
    /// reads only the rows before it.
    /// </summary>
    private async Task<List<Row>> PlanOrderPageAsync(IQueryable<Enterprise> firms, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var listed = firms.Where(e => e.ListNo != null);
        var page = (await WithNames((descending ? listed.OrderByDescending(e => e.ListNo) : listed.OrderBy(e => e.ListNo)).Skip(skip).Take(take))
            .ToListAsync(cancellationToken))
            .OrderBy(r => descending ? -r.Enterprise.ListNo : r.Enterprise.ListNo)
            .ToList();
        if (page.Count == take)
        {
            return page;
        }

        var skipUnlisted = page.Count > 0 || skip == 0 ? 0 : Math.Max(0, skip - await listed.CountAsync(cancellationToken));
        var unlisted = await WithNames(firms.Where(e => e.ListNo == null).OrderBy(e => e.Id).Skip(skipUnlisted).Take(take - page.Count))
            .ToListAsync(cancellationToken);
        page.AddRange(unlisted.OrderBy(r => r.Enterprise.Id));
        return page;
    }

    private async Task<List<Row>> SortedPageAsync(IQueryable<Enterprise> firms, string sort, bool descending, int skip, int take, CancellationToken cancellationToken)
    {
        var rows =
            from e in firms
            join t in db.Townships on e.TownshipId equals t.Id
            join s in db.Segments on e.SegmentId equals s.Id into segments
            from s in segments.DefaultIfEmpty()
            select new { Enterprise = e, TownshipName = t.Name, TownshipNo = t.No, SegmentName = s == null ? null : s.Name };
        var ordered = sort switch
        {
            // By pinyin, as a Chinese reader looks a name up (ICU's zh collation on both engines).
            "NAME" => descending ? rows.OrderByDescending(r => ChineseOrder.Of(r.Enterprise.Name)) : rows.OrderBy(r => ChineseOrder.Of(r.Enterprise.Name)),
            "TOWNSHIP" => descending ? rows.OrderByDescending(r => r.TownshipNo) : rows.OrderBy(r => r.TownshipNo),
            // Tiers are stored by name: TierRank gives SQL their order.
            _ => descending
                ? rows.OrderByDescending(r => TierRank.Of(r.Enterprise.CurrentTier))
                : rows.OrderBy(r => TierRank.Of(r.Enterprise.CurrentTier)),
        };
        var page = await ordered
            .ThenBy(r => r.Enterprise.Id)
            .Skip(skip)
            .Take(take)
            .ToListAsync(cancellationToken);
        return page.Select(r => new Row(r.Enterprise, r.TownshipName, r.SegmentName)).ToList();
    }

    /// <summary>The firms of one page with their township's and segment's names.</summary>
    private IQueryable<Row> WithNames(IQueryable<Enterprise> page) =>
        from e in page
        join t in db.Townships on e.TownshipId equals t.Id
        join s in db.Segments on e.SegmentId equals s.Id into segments
        from s in segments.DefaultIfEmpty()
        select new Row(e, t.Name, s == null ? null : s.Name);

    private sealed record Row(Enterprise Enterprise, string Township, string? Segment);
}
