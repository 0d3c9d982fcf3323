using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Infrastructure.Reports;

/// <summary>The review's set-based writes, on the DbContext's own connection and transaction.</summary>
internal sealed class ReviewStore(JindongDbContext db) : IReviewStore
{
    private static readonly string ProposeSql = $$"""
        INSERT INTO ReviewProposals (ReviewId, EnterpriseId, "From", "To", Kind, OutputWan, TargetStatus, Decision, Changed)
        SELECT {0}, x.Id, x.CurrentTier, {{ImpliedTierSql.StoredNameOf("x.Implied")}},
               CASE WHEN x.CurrentRank IS NULL OR x.Implied > x.CurrentRank THEN '{{ProposalKind.Promotion}}' ELSE '{{ProposalKind.Demotion}}' END,
               x.OutputWan,
               CASE WHEN x.TargetRank IS NULL THEN '{{TargetStatus.NoTarget}}'
                    WHEN x.Implied >= x.TargetRank THEN '{{TargetStatus.Reached}}'
                    ELSE '{{TargetStatus.Behind}}' END,
               '{{ProposalDecision.Pending}}', 0
        FROM (
            SELECT e.Id, e.CurrentTier, f.OutputWan,
                   {{ImpliedTierSql.RankOf("f.OutputWan")}} AS Implied,
                   {{ImpliedTierSql.RankOfStored("e.CurrentTier")}} AS CurrentRank,
                   {{ImpliedTierSql.RankOfStored("e.Target")}} AS TargetRank
            FROM Enterprises e
            JOIN AnnualFigures f ON f.EnterpriseId = e.Id AND f.Year = {1}
            WHERE e.Status = '{{EnterpriseStatus.Active}}'
        ) x
        WHERE x.CurrentRank IS NULL OR x.CurrentRank <> x.Implied
        ORDER BY x.Id
        """;

    public Task<int> ProposeMovesAsync(int reviewId, int year, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            ProposeSql,
            [reviewId, year],
            ct);
}
