using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Users;

/// <summary>Creates a sign-in account. Only bureau staff (the CLI's administrator included) may.</summary>
[Requires(Permission.Administer)]
public sealed record CreateUser(string Name, string Password, string Role, string? Township = null) : ICommand<UserView>;

/// <summary>An account as shown to administrators: never its password hash.</summary>
public sealed record UserView(int Id, string Name, string Role, string? Township);

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public const int MinPasswordLength = 8;

    public CreateUserValidator()
    {
        RuleFor(c => c.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.UserNameRequired)
            .MaximumLength(UserAccount.UserNameMaxLength)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.UserNameTooLong, UserAccount.UserNameMaxLength))
            .Must(n => n is null || n.Trim().All(ch => char.IsLetterOrDigit(ch) || ch is '_' or '-' or '.'))
            .WithMessage(_ => Messages.UserNameInvalid);
        RuleFor(c => c.Password)
            .Must(p => p is { Length: >= MinPasswordLength } && !string.IsNullOrWhiteSpace(p))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PasswordTooShort, MinPasswordLength));
        RuleFor(c => c.Role)
            .Must(r => UserRoles.TryParse(r, out _))
            .WithMessage((_, r) => string.Format(CultureInfo.CurrentCulture, Messages.RoleUnknown, r));
        RuleFor(c => c.Township)
            .Must((c, t) => !UserRoles.TryParse(c.Role, out var role) || (role == AccountRole.Township) == !string.IsNullOrWhiteSpace(t))
            .WithMessage(c => UserRoles.TryParse(c.Role, out var role) && role == AccountRole.Township
                ? Messages.UserTownshipRequired
                : Messages.UserTownshipOnlyForOfficer);
    }
}

internal sealed class CreateUserHandler(
    IApplicationDbContext db,
    IPasswordHashing hashing,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<CreateUser, UserView>
{
    public async Task<UserView> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Users.AnyAsync(u => u.UserName == name, cancellationToken))
        {
            throw new InputValidationException(nameof(command.Name), string.Format(CultureInfo.CurrentCulture, Messages.UserNameTaken, name));
        }

        var role = UserRoles.TryParse(command.Role, out var parsed) ? parsed : throw new InvalidOperationException("Validated role.");
        int? townshipId = role == AccountRole.Township
            ? await db.RequireTownshipIdAsync(command.Township!, nameof(command.Township), cancellationToken)
            : null;
        var account = UserAccount.Create(name, hashing.Hash(command.Password), role, townshipId, clock.GetUtcNow().UtcDateTime);
        db.Users.Add(account);
        await db.SaveChangesAsync(cancellationToken);

        var township = townshipId is null ? null : await db.Townships.Where(t => t.Id == townshipId).Select(t => t.Name).SingleAsync(cancellationToken);
        var view = new UserView(account.Id, account.UserName, UserRoles.Code(role), township);
        audit.Record(null, null, view);
        Serilog.Log.Information("Created user {UserName} with role {Role}", account.UserName, view.Role);
        return view;
    }
}
