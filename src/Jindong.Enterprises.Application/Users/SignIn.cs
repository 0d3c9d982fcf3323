using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// Checks a user name and password. A command, because it counts failures: the fifth failure in
/// a row locks the account for 15 minutes, and a locked account refuses even the right password.
/// </summary>
public sealed record SignIn(string UserName, string Password) : ICommand<SignInOutcome>;

/// <summary>Either the signed-in user, or the message to show (the same for an unknown name and a wrong password).</summary>
public sealed record SignInOutcome(SignedInUser? User, string? Message)
{
    public bool Succeeded => User is not null;
}

public sealed record SignedInUser(string Name, AccountRole Role, int? TownshipId, string? Township);

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
    public async Task<SignInOutcome> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = command.UserName.Trim();
        var account = await db.Users.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (account is null)
        {
            // Spend the same time as a real check, so response times do not tell which names exist.
            hashing.Hash(command.Password);
            Serilog.Log.Warning("Sign-in refused for unknown user {UserName}", name);
            return new SignInOutcome(null, Messages.SignInFailed);
        }

        if (account.IsLockedOut(now))
        {
            Serilog.Log.Warning("Sign-in refused for locked-out user {UserName}", name);
            return new SignInOutcome(null, LockedMessage(account.LockedOutUntil!.Value, now));
        }

        var check = hashing.Verify(account.PasswordHash, command.Password);
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
            return new SignInOutcome(null, account.IsLockedOut(now) ? LockedMessage(account.LockedOutUntil!.Value, now) : Messages.SignInFailed);
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            account.ReplacePasswordHash(hashing.Hash(command.Password));
        }

        account.RecordSignIn(now);
        await db.SaveChangesAsync(cancellationToken);
        var township = account.TownshipId is null
            ? null
            : await db.Townships.Where(t => t.Id == account.TownshipId).Select(t => t.Name).SingleAsync(cancellationToken);
        Serilog.Log.Information("Signed in {UserName}", name);
        return new SignInOutcome(new SignedInUser(account.UserName, account.Role, account.TownshipId, township), null);
    }

    private static string LockedMessage(DateTime until, DateTime now) =>
        string.Format(CultureInfo.CurrentCulture, Messages.SignInLockedOut, (int)Math.Ceiling((until - now).TotalMinutes));
}
