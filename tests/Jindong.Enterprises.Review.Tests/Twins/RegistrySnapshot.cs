using System.Text.Json;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Twins;

/// <summary>
/// Every table a bulk command and its per-firm twin must leave alike, one line per row in a stable
/// order: firms (with their credit codes), their recorded states, figures, revisions, tier moves, proposals, and each firm's audit entries (before,
/// after, reason). What differs by design is left out: the command's name in the audit trail, and the
/// figures' source (a file for an import, "manual" for the per-firm commands).
/// </summary>
internal sealed record RegistrySnapshot(
    IReadOnlyList<string> Firms,
    IReadOnlyList<string> FirmStates,
    IReadOnlyList<string> Figures,
    IReadOnlyList<string> Revisions,
    IReadOnlyList<string> TierMoves,
    IReadOnlyList<string> Proposals,
    IReadOnlyList<string> AuditByFirm)
{
    private static readonly Regex Source = new("\"source\":\"[a-z]+\",\"sourceFile\":(null|\"[^\"]*\")", RegexOptions.CultureInvariant);

    public static Task<RegistrySnapshot> OfAsync(RegistryHost host) => host.QueryAsync(async db => new RegistrySnapshot(
        await db.Enterprises.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Name, e.CreditCode, e.TownshipId, e.CurrentTier, e.Target, e.Status, e.Version, e.StateSince }).ToListAsync().Lines(),
        await db.EnterpriseStates.AsNoTracking().OrderBy(s => s.EnterpriseId).ThenBy(s => s.Id)
            .Select(s => new { s.EnterpriseId, s.EffectiveOn, s.RecordedAt, s.Status, s.TownshipId, s.SegmentId, s.Target }).ToListAsync().Lines(),
        await db.AnnualFigures.AsNoTracking().OrderBy(f => f.EnterpriseId).ThenBy(f => f.Year)
            .Select(f => new { f.EnterpriseId, f.Year, f.Version, f.Values, f.RecordedBy, f.RecordedAt }).ToListAsync().Lines(),
        await db.AnnualFiguresRevisions.AsNoTracking().OrderBy(f => f.EnterpriseId).ThenBy(f => f.Year).ThenBy(f => f.Version)
            .Select(f => new { f.EnterpriseId, f.Year, f.Version, f.Values, f.RecordedBy, f.RecordedAt, f.SupersededAt }).ToListAsync().Lines(),
        await db.TierMoves.AsNoTracking().OrderBy(m => m.EnterpriseId).ThenBy(m => m.Id)
            .Select(m => new { m.EnterpriseId, m.Year, m.From, m.To, m.Kind, m.Reason, m.IsOverride, m.ReviewId, m.MovedBy, m.MovedAt }).ToListAsync().Lines(),
        await db.ReviewProposals.AsNoTracking().OrderBy(p => p.ReviewId).ThenBy(p => p.EnterpriseId)
            .Select(p => new { p.ReviewId, p.EnterpriseId, p.From, p.To, p.Kind, p.OutputWan, p.TargetStatus, p.Decision, p.DecisionReason, p.DecidedBy, p.DecidedAt, p.Changed, p.Outcome }).ToListAsync().Lines(),
        (await db.AuditEntries.AsNoTracking().Where(a => a.EnterpriseId != null).OrderBy(a => a.EnterpriseId).ThenBy(a => a.Id)
            .Select(a => new { a.EnterpriseId, a.At, a.Actor, a.Reason, a.Before, a.After }).ToListAsync())
            .Select(a => $"{a.EnterpriseId} {a.At:O} {a.Actor} {a.Reason} {Normal(a.Before)} → {Normal(a.After)}").ToList()));

    /// <summary>Asserts table by table, so a failure names the table and shows the first differing line.</summary>
    public void AssertSameAs(RegistrySnapshot other)
    {
        Same(nameof(Firms), Firms, other.Firms);
        Same(nameof(FirmStates), FirmStates, other.FirmStates);
        Same(nameof(Figures), Figures, other.Figures);
        Same(nameof(Revisions), Revisions, other.Revisions);
        Same(nameof(TierMoves), TierMoves, other.TierMoves);
        Same(nameof(Proposals), Proposals, other.Proposals);
        Same(nameof(AuditByFirm), AuditByFirm, other.AuditByFirm);
    }

    /// <summary>The first line that differs, whole, with the table's name.</summary>
    private static void Same(string table, IReadOnlyList<string> bulk, IReadOnlyList<string> single)
    {
        for (var i = 0; i < Math.Min(bulk.Count, single.Count); i++)
        {
            Assert.True(bulk[i] == single[i], $"{table}, line {i + 1}:\n  bulk:     {bulk[i]}\n  per firm: {single[i]}");
        }

        Assert.True(bulk.Count == single.Count, $"{table}: {bulk.Count} lines in bulk, {single.Count} per firm; first extra: {bulk.Concat(single).Skip(Math.Min(bulk.Count, single.Count) * 2).FirstOrDefault()}");
    }

    private static string? Normal(string? json) => json is null ? null : Source.Replace(json, "\"source\":…");
}

internal static class SnapshotLines
{
    public static async Task<IReadOnlyList<string>> Lines<T>(this Task<List<T>> rows) =>
        (await rows).Select(r => JsonSerializer.Serialize(r, AuditTrail.Json)).ToList();
}
