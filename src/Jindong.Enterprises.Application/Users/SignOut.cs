using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// Signing out ends every session of the signed-in user's account (its stamp changes), so a copy
/// of the cookie, kept or stolen, is worthless afterwards. Like signing in, it is logged, not audited.
/// </summary>
public sealed record SignOut : ICommand<Unit>;

internal sealed class SignOutHandler(IApplicationDbContext db, ICurrentUser user, SessionStamps stamps) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut command, CancellationToken cancellationToken)
    {
        var normalized = UserName.Normalize(user.Name);
        if (await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken) is { } account)
        {
            account.EndSessions();
            await db.SaveChangesAsync(cancellationToken);
            stamps.Forget(account.Id);
            Serilog.Log.Information("Signed out {UserName}, ending every session of the account", account.UserName);
        }

        return Unit.Value;
    }
}
