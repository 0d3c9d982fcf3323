using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using MediatR;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>The designation catalogue, in its order.</summary>
public sealed record ListDesignationKinds : IQuery<IReadOnlyList<DesignationKindView>>;

internal sealed class ListDesignationKindsHandler(IApplicationDbContext db) : IRequestHandler<ListDesignationKinds, IReadOnlyList<DesignationKindView>>
{
    public async Task<IReadOnlyList<DesignationKindView>> Handle(ListDesignationKinds query, CancellationToken cancellationToken) =>
        (await db.KindsAsync(cancellationToken)).Select(DesignationKindView.Of).ToList();
}
