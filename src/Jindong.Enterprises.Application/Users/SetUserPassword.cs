using System.Security.Cryptography;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// An administrator gives an account a new password — the one given, or, when none is, a random
/// one returned once to hand to its owner (who then changes it with 修改密码). The lockout is
/// lifted and every session of the account ends.
/// </summary>
[Requires(Permission.Administer)]
public sealed record SetUserPassword(string Name, string? Password = null) : ICommand<PasswordSet>, IAccountCommand;

/// <param name="GeneratedPassword">The random password, when none was given; shown once, stored only as its hash.</param>
public sealed record PasswordSet(UserView User, string? GeneratedPassword);

internal sealed class SetUserPasswordValidator : AccountCommandValidator<SetUserPassword>
{
    public SetUserPasswordValidator() => RuleFor(c => c.Password!).ValidNewPassword(c => c.Name).When(c => c.Password is not null);
}

internal sealed class SetUserPasswordHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    IPasswordHashing hashing,
    AuditTrail audit,
    SessionStamps stamps) : IRequestHandler<SetUserPassword, PasswordSet>
{
    /// <summary>Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.</summary>
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private const int GeneratedLength = 16;

    public async Task<PasswordSet> Handle(SetUserPassword command, CancellationToken cancellationToken)
    {
        var password = command.Password ?? RandomNumberGenerator.GetString(Alphabet, GeneratedLength);
        var view = await db.ChangeAccountAsync(
            user,
            audit,
            stamps,
            command.Name,
            account =>
            {
                account.SetPassword(hashing.Hash(password));
                return Task.CompletedTask;
            },
            command.Password is null ? Messages.AuditPasswordGenerated : Messages.AuditPasswordSet,
            cancellationToken);
        return new PasswordSet(view, command.Password is null ? password : null);
    }
}
