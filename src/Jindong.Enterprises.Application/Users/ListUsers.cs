using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>The sign-in accounts, for bureau staff only; never their password hashes.</summary>
[Requires(Permission.Administer)]
public sealed record ListUsers : IQuery<IReadOnlyList<UserSummary>>;

public sealed record UserSummary(int Id, string Name, string Role, string? Township, bool Disabled, DateTime CreatedAt, DateTime? LastSignInAt, DateTime? LockedOutUntil);

internal sealed class ListUsersHandler(IApplicationDbContext db) : IRequestHandler<ListUsers, IReadOnlyList<UserSummary>>
{
    public async Task<IReadOnlyList<UserSummary>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join t in db.Townships on u.TownshipId equals t.Id into townships
            from t in townships.DefaultIfEmpty()
            orderby u.UserName
            select new { u.Id, u.UserName, u.Role, Township = t == null ? null : t.Name, u.IsDisabled, u.CreatedAt, u.LastSignInAt, u.LockedOutUntil }).ToListAsync(cancellationToken);
        return rows.Select(r => new UserSummary(r.Id, r.UserName, UserRoles.Code(r.Role), r.Township, r.IsDisabled, r.CreatedAt, r.LastSignInAt, r.LockedOutUntil)).ToList();
    }
}
