using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// 修改密码: the signed-in user replaces their own password, proving the current one. Every other
/// session of the account ends; the one asking gets the new stamp back to go on with. A wrong
/// current password writes nothing; the web app counts it as a failed sign-in of the client.
/// </summary>
public sealed record ChangeOwnPassword(string CurrentPassword, string NewPassword) : ICommand<SignedInUser>;

internal sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPassword>
{
    public ChangeOwnPasswordValidator(ICurrentUser user)
    {
        RuleFor(c => c.CurrentPassword).Must(p => !string.IsNullOrEmpty(p)).WithMessage(_ => Messages.PasswordRequired);
        RuleFor(c => c.NewPassword).ValidNewPassword(_ => user.Name);
    }
}

internal sealed class ChangeOwnPasswordHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    IPasswordHashing hashing,
    AuditTrail audit,
    SessionStamps stamps) : IRequestHandler<ChangeOwnPassword, SignedInUser>
{
    public async Task<SignedInUser> Handle(ChangeOwnPassword command, CancellationToken cancellationToken)
    {
        var account = await db.AccountAsync(user.Name, cancellationToken);
        if (hashing.Verify(account.PasswordHash, command.CurrentPassword) == PasswordCheck.Failed)
        {
            throw new InputValidationException(nameof(command.CurrentPassword), Messages.CurrentPasswordWrong);
        }

        var before = await db.ViewAsync(account, cancellationToken);
        account.SetPassword(hashing.Hash(command.NewPassword));
        await db.SaveChangesAsync(cancellationToken);
        stamps.Forget(account.Id);

        audit.Record(null, before, await db.ViewAsync(account, cancellationToken), Messages.AuditPasswordChanged);
        Serilog.Log.Information("User {UserName} changed their password", account.UserName);
        return await db.SignedInAsync(account, cancellationToken);
    }
}
