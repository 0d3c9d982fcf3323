using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Finds firms and their reference data the way every use case needs them.</summary>
internal static class EnterpriseLookup
{
    /// <summary>
    /// Loads a firm for a change (the authorization behavior has checked the user may change it).
    /// Concurrent changes of the same firm queue here, so each reads the firm and its figures as the
    /// previous one left them.
    /// </summary>
    public static async Task<Enterprise> ForChangeAsync(this IApplicationDbContext db, int id, CancellationToken ct)
    {
        await db.LockEnterpriseAsync(id, ct);
        return await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id, ct)
            ?? throw NotFound(id);
    }

    /// <summary>The answer for a firm id that does not exist, or that the user may not see.</summary>
    public static NotFoundException NotFound(int id) =>
        new(string.Format(CultureInfo.CurrentCulture, Messages.EnterpriseNotFound, id));

    /// <summary>The view of a firm with its township and segment names.</summary>
    public static async Task<EnterpriseView> ViewAsync(this IApplicationDbContext db, Enterprise enterprise, CancellationToken ct)
    {
        var township = await db.Townships.Where(t => t.Id == enterprise.TownshipId).Select(t => t.Name).SingleAsync(ct);
        var segment = enterprise.SegmentId is null
            ? null
            : await db.Segments.Where(s => s.Id == enterprise.SegmentId).Select(s => s.Name).SingleAsync(ct);
        return EnterpriseView.Of(enterprise, township, segment);
    }

    /// <summary>The views of many firms at once (a bulk command's audit entries), by id.</summary>
    public static async Task<Dictionary<int, EnterpriseView>> ViewsAsync(this IApplicationDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var rows = await (
                from e in db.Enterprises.AsNoTracking()
                where ids.Contains(e.Id)
                join t in db.Townships on e.TownshipId equals t.Id
                join s in db.Segments on e.SegmentId equals s.Id into segments
                from s in segments.DefaultIfEmpty()
                select new { Enterprise = e, Township = t.Name, Segment = s == null ? null : s.Name })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Enterprise.Id, r => EnterpriseView.Of(r.Enterprise, r.Township, r.Segment));
    }

    public static Task<int?> TownshipIdAsync(this IApplicationDbContext db, string name, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return db.Townships.Where(t => t.Name == trimmed || t.ShortName == trimmed).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
    }

    public static async Task<int> RequireTownshipIdAsync(this IApplicationDbContext db, string name, string field, CancellationToken ct)
    {
        var id = await db.TownshipIdAsync(name, ct);
        if (id is null)
        {
            var names = await db.Townships.OrderBy(t => t.No).Select(t => t.Name).ToListAsync(ct);
            throw new InputValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.TownshipUnknown, name, string.Join("、", names)));
        }

        return id.Value;
    }

    public static async Task<int> RequireSegmentIdAsync(this IApplicationDbContext db, string name, string field, CancellationToken ct)
    {
        var trimmed = name.Trim();
        return await db.Segments.Where(s => s.Name == trimmed).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct)
            ?? throw new InputValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.SegmentUnknown, name));
    }

    /// <summary>
    /// Refuses a name or credit code that another firm already has. The message names the holder
    /// only when the user may see it: of a firm in another township nothing but its existence is told.
    /// </summary>
    public static async Task EnsureUniqueAsync(this IApplicationDbContext db, ICurrentUser user, string? name, string? creditCode, int? exceptId, CancellationToken ct)
    {
        if (name is not null)
        {
            var normalized = EnterpriseName.Normalize(name);
            var holder = await db.Enterprises.Where(e => e.NormalizedName == normalized && e.Id != exceptId).Select(e => new { e.Name, e.TownshipId }).FirstOrDefaultAsync(ct);
            if (holder is not null)
            {
                throw new InputValidationException("Name", user.CanSee(holder.TownshipId)
                    ? string.Format(CultureInfo.CurrentCulture, Messages.NameTaken, holder.Name)
                    : Messages.NameTakenOutOfScope);
            }
        }

        if (creditCode is null)
        {
            return;
        }

        var code = UnifiedSocialCreditCode.Normalize(creditCode);
        var codeHolder = await db.Enterprises.Where(e => e.CreditCode == code && e.Id != exceptId).Select(e => new { e.Name, e.TownshipId }).FirstOrDefaultAsync(ct);
        if (codeHolder is not null)
        {
            throw new InputValidationException("CreditCode", user.CanSee(codeHolder.TownshipId)
                ? string.Format(CultureInfo.CurrentCulture, Messages.CreditCodeTaken, code, codeHolder.Name)
                : string.Format(CultureInfo.CurrentCulture, Messages.CreditCodeTakenOutOfScope, code));
        }
    }
}
