using Jindong.Enterprises.Application.Common;
using MediatR;

namespace Jindong.Enterprises.Application.Maintenance;

/// <summary>The schema migrations the database has (after the start-up that applies pending ones).</summary>
public sealed record GetAppliedMigrations : IQuery<IReadOnlyList<string>>;

internal sealed class GetAppliedMigrationsHandler(IDatabaseMaintenance maintenance) : IRequestHandler<GetAppliedMigrations, IReadOnlyList<string>>
{
    public Task<IReadOnlyList<string>> Handle(GetAppliedMigrations query, CancellationToken cancellationToken) =>
        maintenance.AppliedMigrationsAsync(cancellationToken);
}
