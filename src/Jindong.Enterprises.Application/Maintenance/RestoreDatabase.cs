using Jindong.Enterprises.Domain.Users;
using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Maintenance;

/// <summary>
/// Replaces the registry with a backup made by <see cref="BackupDatabase"/>. The backup is checked
/// first (a readable SQLite registry that passes its integrity check); a bad file changes nothing.
/// Administrators only. The restored audit trail is the backup's, so the restore is logged.
/// </summary>
[Requires(Permission.Administer)]
public sealed record RestoreDatabase(string File) : IRequest<IReadOnlyList<string>>;

internal sealed class RestoreDatabaseValidator : AbstractValidator<RestoreDatabase>
{
    public RestoreDatabaseValidator() => RuleFor(c => c.File)
        .Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage(_ => Messages.BackupFileRequired)
        .Must(System.IO.File.Exists).WithMessage((_, f) => string.Format(CultureInfo.CurrentCulture, Messages.BackupFileMissing, f));
}

internal sealed class RestoreDatabaseHandler(IDatabaseMaintenance maintenance, ICurrentUser user) : IRequestHandler<RestoreDatabase, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(RestoreDatabase command, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(command.File);
        await maintenance.RestoreAsync(file, cancellationToken);
        Serilog.Log.Warning("{User} restored the registry from {File}", user.Name, file);
        return await maintenance.AppliedMigrationsAsync(cancellationToken);
    }
}
