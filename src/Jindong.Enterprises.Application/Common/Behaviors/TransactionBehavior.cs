using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>
/// Runs a command in one transaction and writes its audit entries inside it, so a change and
/// its audit record are committed together or not at all; raises the registry version with them,
/// which is what tells every cache in every process that something changed.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(
    IApplicationDbContext db,
    AuditTrail audit) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommandMarker || db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            audit.Begin(typeof(TRequest).Name);
            var response = await next();
            await db.SaveChangesAsync(cancellationToken);
            await audit.FlushAsync(cancellationToken);
            // Last before the commit: on PostgreSQL the version row is locked from here to the commit,
            // so concurrent commands queue on it only for their commit, not for their work.
            await db.BumpRegistryVersionAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConflictException(Messages.ConcurrentChange, exception);
        }
        catch (DbUpdateException exception) when (db.IsUniqueViolation(exception))
        {
            // The handler checked the key was free, but a concurrent command committed it first (two
            // registrations of one name on PostgreSQL, say): for the user, someone else saved first.
            throw new ConflictException(Messages.ConcurrentChange, exception);
        }
        catch (DomainRuleException exception)
        {
            throw new RuleViolationException(RuleMessages.For(exception), exception);
        }
    }
}
