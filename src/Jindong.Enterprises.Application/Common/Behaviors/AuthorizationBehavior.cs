using System.Collections.Concurrent;
using System.Reflection;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>
/// Refuses a request its user may not send, before its input is validated (so a caller without the
/// right learns nothing from the validator's messages). A firm outside the user's township is not
/// found, exactly as an unknown id, so ids reveal nothing about other townships.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(IApplicationDbContext db, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, Permission> Required = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var permission = Required.GetOrAdd(typeof(TRequest), type => type.GetCustomAttribute<RequiresAttribute>()?.Permission
            ?? (typeof(IChangesEnterprise).IsAssignableFrom(type) ? Permission.ChangeFirms : Permission.Read));
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }

        var firmId = request switch
        {
            IChangesEnterprise change => change.EnterpriseId,
            IReadsEnterprise read => read.EnterpriseId,
            _ => (int?)null,
        };
        if (firmId is { } id)
        {
            await db.EnsureVisibleAsync(user, id, cancellationToken);
        }

        return await next();
    }
}
