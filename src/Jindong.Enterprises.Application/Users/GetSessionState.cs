using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>What a session of the account must match to go on: its security stamp, and whether it may sign in at all.</summary>
public sealed record GetSessionState(int UserId) : IQuery<SessionState?>;

/// <summary>The account's current stamp; null from the query when the account no longer exists.</summary>
public sealed record SessionState(string SecurityStamp, bool Disabled);

internal sealed class GetSessionStateHandler(IApplicationDbContext db, SessionStamps stamps) : IRequestHandler<GetSessionState, SessionState?>
{
    public async Task<SessionState?> Handle(GetSessionState query, CancellationToken cancellationToken)
    {
        // The version first: a change committed between the two reads is then seen at the next request.
        var version = await db.RegistryVersionAsync(cancellationToken);
        if (stamps.TryGet(query.UserId, version, out var cached))
        {
            return cached;
        }

        var state = await db.Users.AsNoTracking()
            .Where(u => u.Id == query.UserId)
            .Select(u => new SessionState(u.SecurityStamp, u.IsDisabled))
            .SingleOrDefaultAsync(cancellationToken);
        stamps.Keep(query.UserId, version, state);
        return state;
    }
}
