using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Domain.Auditing;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Writes <see cref="AuditTrail"/>'s entries set-based, in the command's transaction.</summary>
internal sealed class AuditWriter(JindongDbContext db) : IAuditWriter
{
    public Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct) => new BulkInsert<AuditEntry>(db).WriteAsync(entries, ct);
}
