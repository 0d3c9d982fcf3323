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

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(c => c.Name).ValidUserName();
        RuleFor(c => c.Password).ValidNewPassword(c => c.Name);
        RuleFor(c => c.Role).ValidRole();
        RuleFor(c => c.Township).ValidTownshipFor(c => c.Role);
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
        var normalized = UserName.Normalize(name);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
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

        var view = await db.ViewAsync(account, cancellationToken);
        audit.Record(null, null, view);
        Serilog.Log.Information("Created user {UserName} with role {Role}", account.UserName, view.Role);
        return view;
    }
}
