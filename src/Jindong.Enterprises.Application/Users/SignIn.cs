using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// Checks a user name and password. A command, because it counts failures: the tenth failure in a
/// row locks the account for 15 minutes (an administrator can unlock it). An unknown name, a wrong
/// password, a locked and a disabled account all get the same answer after the same work (one
/// password check), so neither the answer nor its timing tells which accounts exist.
/// </summary>
public sealed record SignIn(string UserName, string Password) : ICommand<SignInOutcome>;

/// <summary>Either the signed-in user, or the message to show (the same for every refusal).</summary>
public sealed record SignInOutcome(SignedInUser? User, string? Message)
{
    public bool Succeeded => User is not null;
}

/// <summary>Who signed in, and the security stamp their session is issued under.</summary>
public sealed record SignedInUser(int Id, string Name, AccountRole Role, int? TownshipId, string? Township, string SecurityStamp);

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(c => c.UserName).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.UserNameRequired);
        RuleFor(c => c.Password).Must(p => !string.IsNullOrEmpty(p)).WithMessage(_ => Messages.PasswordRequired);
    }
}

internal sealed class SignInHandler(IApplicationDbContext db, IPasswordHashing hashing, AuditTrail audit, TimeProvider clock) : IRequestHandler<SignIn, SignInOutcome>
{
    /// <summary>Checked when the name is unknown, so that costs what checking a real hash does; made once per process.</summary>
    private static string? decoyHash;

    public async Task<SignInOutcome> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = command.UserName.Trim();
        var normalized = UserName.Normalize(name);
        var account = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        var check = hashing.Verify(account?.PasswordHash ?? (decoyHash ??= hashing.Hash(Guid.NewGuid().ToString("N"))), command.Password);
        if (account is null)
        {
            Serilog.Log.Warning("Sign-in refused for unknown user {UserName}", name);
            return Refused();
        }

        if (account.IsDisabled || account.IsLockedOut(now))
        {
            Serilog.Log.Warning("Sign-in refused for {State} user {UserName}", account.IsDisabled ? "disabled" : "locked-out", name);
            return Refused();
        }

        if (check == PasswordCheck.Failed)
        {
            account.RecordFailedSignIn(now);
            await db.SaveChangesAsync(cancellationToken);
            Serilog.Log.Warning("Sign-in failed for {UserName}", name);
            if (account.IsLockedOut(now))
            {
                // The lockout is audited, once per lockout: refused attempts while locked are only logged, so they cannot flood the trail.
                audit.Record(
                    null,
                    null,
                    new { account.UserName, account.LockedOutUntil },
                    string.Format(CultureInfo.CurrentCulture, Messages.SignInLockoutAudited, UserAccount.MaxFailedSignIns, (int)UserAccount.LockoutDuration.TotalMinutes));
                Serilog.Log.Warning("Locked out {UserName} until {LockedOutUntil}", name, account.LockedOutUntil);
            }

            return Refused();
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            account.ReplacePasswordHash(hashing.Hash(command.Password));
        }

        account.RecordSignIn(now);
        await db.SaveChangesAsync(cancellationToken);
        Serilog.Log.Information("Signed in {UserName}", name);
        return new SignInOutcome(await db.SignedInAsync(account, cancellationToken), null);
    }

    private static SignInOutcome Refused() => new(null, Messages.SignInFailed);
}
