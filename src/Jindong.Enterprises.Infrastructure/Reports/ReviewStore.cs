using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Infrastructure.Reports;

/// <summary>The review's set-based writes, on the DbContext's own connection and transaction.</summary>
internal sealed class ReviewStore(JindongDbContext db) : IReviewStore
{
    private static readonly string ProposeSql = $$"""
        INSERT INTO "ReviewProposals" ("ReviewId", "EnterpriseId", "From", "To", "Kind", "OutputWan", "TargetStatus", "Decision", "Changed")
        SELECT {0}, x."Id", x."CurrentTier", {{ImpliedTierSql.StoredNameOf("x.Implied")}},
               CASE WHEN x.CurrentRank IS NULL OR x.Implied > x.CurrentRank THEN '{{ProposalKind.Promotion}}' ELSE '{{ProposalKind.Demotion}}' END,
               x."OutputWan",
               CASE WHEN x.TargetRank IS NULL THEN '{{TargetStatus.NoTarget}}'
                    WHEN x.Implied >= x.TargetRank THEN '{{TargetStatus.Reached}}'
                    ELSE '{{TargetStatus.Behind}}' END,
               '{{ProposalDecision.Pending}}', FALSE
        FROM (
            SELECT e."Id", e."CurrentTier", f."OutputWan",
                   {{ImpliedTierSql.RankOf("f.\"OutputWan\"")}} AS Implied,
                   {{ImpliedTierSql.RankOfStored("e.\"CurrentTier\"")}} AS CurrentRank,
                   {{ImpliedTierSql.RankOfStored("e.\"Target\"")}} AS TargetRank
            FROM "Enterprises" e
            JOIN "AnnualFigures" f ON f."EnterpriseId" = e."Id" AND f."Year" = {1}
            WHERE e."Status" = '{{EnterpriseStatus.Active}}'
        ) x
        WHERE x.CurrentRank IS NULL OR x.CurrentRank <> x.Implied
        """;

    public Task<int> ProposeMovesAsync(int reviewId, int year, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            ProposeSql,
            [reviewId, year],
            ct);

    private static readonly string MoveSql = $$"""
        INSERT INTO "TierMoves" ("EnterpriseId", "Year", "From", "To", "Kind", "Reason", "IsOverride", "ReviewId", "MovedBy", "MovedAt")
        SELECT p."EnterpriseId", {1}, e."CurrentTier", p."To",
               CASE p."Kind" WHEN '{{ProposalKind.Promotion}}' THEN '{{TierMoveKind.ReviewPromotion}}' ELSE '{{TierMoveKind.ReviewDemotion}}' END,
               {4} || COALESCE(p."DecisionReason", '') || {5}, FALSE, {0}, {2}, {3}
        FROM "ReviewProposals" p
        JOIN "Enterprises" e ON e."Id" = p."EnterpriseId"
        WHERE p."ReviewId" = {0} AND p."Decision" = '{{ProposalDecision.Approved}}'
          AND e."Status" = '{{EnterpriseStatus.Active}}' AND (e."CurrentTier" IS NULL OR e."CurrentTier" <> p."To")
        """;

    // The JSON matches what AuditTrail writes for a firm's tier: {"tier":"规上"} → {"tier":"超亿元","reviewYear":2023}.
    private static readonly string AuditSql = $$"""
        INSERT INTO "AuditEntries" ("At", "Actor", "Command", "EnterpriseId", "Reason", "Before", "After")
        SELECT {1}, {2}, {3}, m."EnterpriseId", m."Reason",
               {4} || COALESCE('"' || {{ImpliedTierSql.PrintedNameOf("m.\"From\"")}} || '"', 'null') || {5},
               {4} || '"' || {{ImpliedTierSql.PrintedNameOf("m.\"To\"")}} || '"' || {6}
        FROM "TierMoves" m
        WHERE m."ReviewId" = {0}
        """;

    // UPDATE … FROM joins once; a correlated subquery per firm would scan the review's moves for each firm.
    private static readonly string TierSql = """
        UPDATE "Enterprises"
        SET "CurrentTier" = m."To",
            "Version" = "Enterprises"."Version" + 1,
            "UpdatedAt" = {1}
        FROM "TierMoves" m
        WHERE m."ReviewId" = {0} AND m."EnterpriseId" = "Enterprises"."Id"
        """;

    public async Task<int> ApplyApprovedMovesAsync(ReviewMoveBatch batch, CancellationToken ct)
    {
        var applied = await db.Database.ExecuteSqlRawAsync(
            MoveSql,
            [batch.ReviewId, batch.Year, batch.Actor, batch.Now, batch.ReasonPrefix, batch.ReasonSuffix],
            ct);
        await db.Database.ExecuteSqlRawAsync(
            AuditSql,
            [batch.ReviewId, batch.Now, batch.Actor, batch.Command, "{\"tier\":", "}", $",\"reviewYear\":{batch.Year}}}"],
            ct);
        await db.Database.ExecuteSqlRawAsync(TierSql, [batch.ReviewId, batch.Now], ct);
        return applied;
    }
}
