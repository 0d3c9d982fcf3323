using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Infrastructure.Efficiency;

/// <summary>The evaluation's bulk writes through <see cref="BulkInsert{T}"/>: prepared inserts on SQLite, binary COPY on PostgreSQL.</summary>
internal sealed class EfficiencyStore(JindongDbContext db) : IEfficiencyStore
{
    public async Task ReplaceResultsAsync(int evaluationId, IReadOnlyList<FirmEvaluation> firms, CancellationToken ct)
    {
        await db.EfficiencyResultLines.Where(l => l.EvaluationId == evaluationId).ExecuteDeleteAsync(ct);
        await db.EfficiencyResults.Where(r => r.EvaluationId == evaluationId).ExecuteDeleteAsync(ct);
        await new BulkInsert<EfficiencyResult>(db).WriteAsync(firms.Select(f => EfficiencyResult.Of(evaluationId, f)), ct);
        await new BulkInsert<EfficiencyResultLine>(db).WriteAsync(firms.SelectMany(f => EfficiencyResult.LinesOf(evaluationId, f)), ct);
    }

    public Task AddCasesAsync(IReadOnlyList<RemediationCase> cases, CancellationToken ct) => new BulkInsert<RemediationCase>(db).WriteAsync(cases, ct);
}
