using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>An account as administrators see it and the audit trail records it: never its password hash or stamp.</summary>
public sealed record UserView(int Id, string Name, string Role, string? Township, bool Disabled = false, DateTime? LockedOutUntil = null);

/// <summary>An administrator's command on one account, named by its user name.</summary>
public interface IAccountCommand
{
    string Name { get; }
}

/// <summary>What every account command checks: that it names an account.</summary>
internal abstract class AccountCommandValidator<T> : AbstractValidator<T>
    where T : IAccountCommand
{
    protected AccountCommandValidator() =>
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.UserNameRequired);
}

/// <summary>Rules and look-ups the account commands share.</summary>
internal static class UserRules
{
    public static IRuleBuilderOptions<T, string> ValidUserName<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.UserNameRequired)
        .Must(n => n is null || UserName.Normalize(n).Length <= UserName.MaxLength)
        .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.UserNameTooLong, UserName.MaxLength))
        .Must(n => string.IsNullOrWhiteSpace(n) || UserName.IsAllowed(n))
        .WithMessage(_ => Messages.UserNameInvalid);

    public static IRuleBuilderOptions<T, string> ValidRole<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(r => UserRoles.TryParse(r, out _))
        .WithMessage((_, r) => string.Format(CultureInfo.CurrentCulture, Messages.RoleUnknown, r));

    /// <summary>A township officer, and only a township officer, names a township.</summary>
    public static IRuleBuilderOptions<T, string?> ValidTownshipFor<T>(this IRuleBuilder<T, string?> rule, Func<T, string> role) => rule
        .Must((c, t) => !UserRoles.TryParse(role(c), out var parsed) || (parsed == AccountRole.Township) == !string.IsNullOrWhiteSpace(t))
        .WithMessage(c => UserRoles.TryParse(role(c), out var parsed) && parsed == AccountRole.Township
            ? Messages.UserTownshipRequired
            : Messages.UserTownshipOnlyForOfficer);

    /// <summary>The account of that name (compared as <see cref="UserName.Normalize"/> does), tracked for a change.</summary>
    public static async Task<UserAccount> AccountAsync(this IApplicationDbContext db, string name, CancellationToken ct)
    {
        var normalized = UserName.Normalize(name);
        return await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.UserNotFound, name.Trim()));
    }

    public static async Task<UserView> ViewAsync(this IApplicationDbContext db, UserAccount account, CancellationToken ct)
    {
        var township = account.TownshipId is null
            ? null
            : await db.Townships.Where(t => t.Id == account.TownshipId).Select(t => t.Name).SingleAsync(ct);
        return new UserView(account.Id, account.UserName, UserRoles.Code(account.Role), township, account.IsDisabled, account.LockedOutUntil);
    }

    /// <summary>The signed-in user an account makes: what its session carries.</summary>
    public static async Task<SignedInUser> SignedInAsync(this IApplicationDbContext db, UserAccount account, CancellationToken ct)
    {
        var view = await db.ViewAsync(account, ct);
        return new SignedInUser(account.Id, account.UserName, account.Role, account.TownshipId, view.Township, account.SecurityStamp);
    }

    /// <summary>
    /// An administrator's change of one account: loaded, changed, saved and audited with the state
    /// before and after; the process's cached stamp is forgotten so an ended session ends at once.
    /// </summary>
    public static async Task<UserView> ChangeAccountAsync(
        this IApplicationDbContext db,
        ICurrentUser user,
        AuditTrail audit,
        SessionStamps stamps,
        string name,
        Func<UserAccount, Task> change,
        string reason,
        CancellationToken ct)
    {
        var account = await db.AccountAsync(name, ct);
        var before = await db.ViewAsync(account, ct);
        await change(account);
        await db.SaveChangesAsync(ct);
        stamps.Forget(account.Id);

        var after = await db.ViewAsync(account, ct);
        audit.Record(null, before, after, reason);
        Serilog.Log.Information("Changed account {UserName}: {Reason}", account.UserName, reason);
        return after;
    }

    /// <summary>Refuses to leave the registry without an enabled administrator to manage the accounts.</summary>
    public static async Task EnsureAnotherAdministratorAsync(this IApplicationDbContext db, UserAccount account, CancellationToken ct)
    {
        if (account.Role == AccountRole.Admin && !account.IsDisabled
            && !await db.Users.AnyAsync(u => u.Id != account.Id && u.Role == AccountRole.Admin && !u.IsDisabled, ct))
        {
            throw new RuleViolationException(Messages.LastAdministrator);
        }
    }
}
