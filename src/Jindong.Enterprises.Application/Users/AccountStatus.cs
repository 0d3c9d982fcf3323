using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Users;

/// <summary>Stops an account signing in and ends its sessions (an officer who has left); the last enabled administrator cannot be.</summary>
[Requires(Permission.Administer)]
public sealed record DisableUser(string Name) : ICommand<UserView>, IAccountCommand;

/// <summary>Lets a disabled account sign in again.</summary>
[Requires(Permission.Administer)]
public sealed record EnableUser(string Name) : ICommand<UserView>, IAccountCommand;

/// <summary>Lifts a sign-in lockout before it runs out.</summary>
[Requires(Permission.Administer)]
public sealed record UnlockUser(string Name) : ICommand<UserView>, IAccountCommand;

internal sealed class DisableUserValidator : AccountCommandValidator<DisableUser>;

internal sealed class EnableUserValidator : AccountCommandValidator<EnableUser>;

internal sealed class UnlockUserValidator : AccountCommandValidator<UnlockUser>;

internal sealed class AccountStatusHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, SessionStamps stamps)
    : IRequestHandler<DisableUser, UserView>, IRequestHandler<EnableUser, UserView>, IRequestHandler<UnlockUser, UserView>
{
    public Task<UserView> Handle(DisableUser command, CancellationToken cancellationToken) => db.ChangeAccountAsync(
        user,
        audit,
        stamps,
        command.Name,
        async account =>
        {
            await db.EnsureAnotherAdministratorAsync(account, cancellationToken);
            account.Disable();
        },
        Messages.AuditUserDisabled,
        cancellationToken);

    public Task<UserView> Handle(EnableUser command, CancellationToken cancellationToken) => db.ChangeAccountAsync(
        user,
        audit,
        stamps,
        command.Name,
        account =>
        {
            account.Enable();
            return Task.CompletedTask;
        },
        Messages.AuditUserEnabled,
        cancellationToken);

    public Task<UserView> Handle(UnlockUser command, CancellationToken cancellationToken) => db.ChangeAccountAsync(
        user,
        audit,
        stamps,
        command.Name,
        account =>
        {
            account.Unlock();
            return Task.CompletedTask;
        },
        Messages.AuditUserUnlocked,
        cancellationToken);
}
