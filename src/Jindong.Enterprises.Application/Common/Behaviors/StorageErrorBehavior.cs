using Jindong.Enterprises.Application.Common.Persistence;
using MediatR;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>
/// Outermost, so it also sees a failed commit: turns the engine's read-only, disk-full and
/// cannot-open errors into one <see cref="Exceptions.StorageException"/> both front ends explain.
/// </summary>
internal sealed class StorageErrorBehavior<TRequest, TResponse>(IStorageErrors errors) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception exception) when (errors.Translate(exception) is { } storage)
        {
            throw storage;
        }
    }
}
