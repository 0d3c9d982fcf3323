using Jindong.Enterprises.Domain.Users;
using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Auditing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Auditing;

/// <summary>The audit trail, newest first, optionally of one firm.</summary>
public sealed record ListAuditEntries(int? EnterpriseId = null, int Limit = 200) : IQuery<IReadOnlyList<AuditView>>;

/// <summary>One audit entry: before and after are JSON as stored; <see cref="Changes"/> reads them field by field in the user's language.</summary>
public sealed record AuditView(
    long Id, DateTime At, string Actor, string Command, int? EnterpriseId, string? EnterpriseName, string? Reason, string? Before, string? After, AuditSource? Source, string? SourceName)
{
    /// <summary>What the command did, in words (录入年度数据).</summary>
    public string CommandLabel => AuditChanges.CommandLabel(Command);

    /// <summary>Where the change came from, in words (手工录入, 文件「2024.xlsx」, 2024 年度评审).</summary>
    public string SourceLabel => AuditChanges.SourceLabel(Source, SourceName);

    public IReadOnlyList<AuditChange> Changes => AuditChanges.Between(Before, After);
}

internal sealed class ListAuditEntriesHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<ListAuditEntries, IReadOnlyList<AuditView>>
{
    public async Task<IReadOnlyList<AuditView>> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.EnterpriseId is { } id)
        {
            await db.EnsureVisibleAsync(user, id, cancellationToken);
            entries = entries.Where(a => a.EnterpriseId == id);
        }

        if (user.ScopedTownship() is not null)
        {
            var own = db.Enterprises.Visible(user).Select(e => (int?)e.Id);
            entries = entries.Where(a => own.Contains(a.EnterpriseId));
        }

        return await entries.OrderByDescending(a => a.Id).Take(Math.Clamp(query.Limit, 1, 10_000)).ToAuditViews(db, cancellationToken);
    }
}

internal static class AuditQueries
{
    public static Task<List<AuditView>> ToAuditViews(this IQueryable<AuditEntry> entries, IApplicationDbContext db, CancellationToken ct) =>
        entries.Select(a => new AuditView(
            a.Id,
            a.At,
            a.Actor,
            a.Command,
            a.EnterpriseId,
            db.Enterprises.Where(e => e.Id == a.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            a.Reason,
            a.Before,
            a.After,
            a.Source,
            a.SourceName)).ToListAsync(ct);

    public static async Task<IReadOnlyList<AuditView>> AuditOfAsync(this IApplicationDbContext db, int enterpriseId, int limit, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Where(a => a.EnterpriseId == enterpriseId).OrderByDescending(a => a.Id).Take(limit).ToAuditViews(db, ct);
}
