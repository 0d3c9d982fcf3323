using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Users;
using MediatR;

namespace Jindong.Enterprises.Application.Users;

/// <summary>Gives an account another role or township; its sessions, granted the old ones, end.</summary>
[Requires(Permission.Administer)]
public sealed record SetUserRole(string Name, string Role, string? Township = null) : ICommand<UserView>, IAccountCommand;

internal sealed class SetUserRoleValidator : AccountCommandValidator<SetUserRole>
{
    public SetUserRoleValidator()
    {
        RuleFor(c => c.Role).ValidRole();
        RuleFor(c => c.Township).ValidTownshipFor(c => c.Role);
    }
}

internal sealed class SetUserRoleHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, SessionStamps stamps)
    : IRequestHandler<SetUserRole, UserView>
{
    public Task<UserView> Handle(SetUserRole command, CancellationToken cancellationToken) => db.ChangeAccountAsync(
        user,
        audit,
        stamps,
        command.Name,
        async account =>
        {
            var role = UserRoles.TryParse(command.Role, out var parsed) ? parsed : throw new InvalidOperationException("Validated role.");
            int? townshipId = role == AccountRole.Township
                ? await db.RequireTownshipIdAsync(command.Township!, nameof(command.Township), cancellationToken)
                : null;
            if (role != AccountRole.Admin)
            {
                await db.EnsureAnotherAdministratorAsync(account, cancellationToken);
            }

            account.ChangeRole(role, townshipId);
        },
        Messages.AuditUserRoleChanged,
        cancellationToken);
}
