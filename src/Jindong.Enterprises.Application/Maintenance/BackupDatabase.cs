using Jindong.Enterprises.Domain.Users;
using FluentValidation;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using MediatR;

namespace Jindong.Enterprises.Application.Maintenance;

/// <summary>Writes a consistent copy of the registry to a file (SQLite's online backup). Administrators only.</summary>
[Requires(Permission.Administer)]
public sealed record BackupDatabase(string File) : IRequest<string>;

internal sealed class BackupDatabaseValidator : AbstractValidator<BackupDatabase>
{
    public BackupDatabaseValidator() =>
        RuleFor(c => c.File).Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage(_ => Messages.BackupFileRequired);
}

internal sealed class BackupDatabaseHandler(IDatabaseMaintenance maintenance) : IRequestHandler<BackupDatabase, string>
{
    public async Task<string> Handle(BackupDatabase command, CancellationToken cancellationToken)
    {
        var file = Path.GetFullPath(command.File);
        await maintenance.BackupAsync(file, cancellationToken);
        Serilog.Log.Information("Backed up the registry to {File}", file);
        return file;
    }
}
