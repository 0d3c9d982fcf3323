using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Testing;

/// <summary>
/// The writes concurrent writers sent and which of them reported success, checked afterwards
/// against what the database kept: every success visible (as the current figures or a kept
/// revision, or in the firm's profile history), in an order consistent with real time, and one
/// audit entry per success whose before and after chain together. Writers must send values no
/// other write sends (a distinct output, a distinct name), so each row can be traced to its write.
/// </summary>
public sealed class WriteLedger
{
    private readonly ConcurrentBag<LedgerEntry> entries = [];

    /// <summary>Every write sent, successful or not.</summary>
    public IReadOnlyCollection<LedgerEntry> Entries => entries;

    /// <summary>Times <paramref name="write"/> and records whether it reported success.</summary>
    public async Task<T> TimeAsync<T>(LedgerWrite write, Func<Task<T>> send, Func<T, bool> succeeded)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await send();
        entries.Add(new LedgerEntry(write, started, Stopwatch.GetTimestamp(), succeeded(result)));
        return result;
    }

    /// <summary>Times <paramref name="write"/>, sent synchronously (say, a process run to its end).</summary>
    public T Time<T>(LedgerWrite write, Func<T> send, Func<T, bool> succeeded)
    {
        var started = Stopwatch.GetTimestamp();
        var result = send();
        entries.Add(new LedgerEntry(write, started, Stopwatch.GetTimestamp(), succeeded(result)));
        return result;
    }

    /// <summary>Everything the database contradicts in the successes recorded; empty when no update was lost.</summary>
    public async Task<IReadOnlyList<string>> FindLostUpdatesAsync(TestDatabase database)
    {
        var builder = new DbContextOptionsBuilder<JindongDbContext>();
        database.Options.Configure(builder);
        await using var db = new JindongDbContext(builder.Options);
        return await FindLostUpdatesAsync(db);
    }

    /// <inheritdoc cref="FindLostUpdatesAsync(TestDatabase)"/>
    public async Task<IReadOnlyList<string>> FindLostUpdatesAsync(JindongDbContext db)
    {
        var problems = new List<string>();
        var successes = entries.Where(e => e.Succeeded).ToList();
        var firms = entries.Select(e => e.Write.EnterpriseId).Distinct().ToList();
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EnterpriseId != null && firms.Contains(a.EnterpriseId.Value))
            .Select(a => new { a.Command, EnterpriseId = a.EnterpriseId!.Value, a.Before, a.After })
            .ToListAsync();
        var audited = audit.Select(a => new AuditedChange(a.Command, a.EnterpriseId, Parse(a.Before), Parse(a.After))).ToList();

        foreach (var year in successes.Where(s => s.Write.Year is not null).GroupBy(s => (s.Write.EnterpriseId, Year: s.Write.Year!.Value)))
        {
            await CheckFiguresAsync(db, year.Key.EnterpriseId, year.Key.Year, [.. year], audited, problems);
        }

        foreach (var firm in firms)
        {
            await CheckProfileAsync(db, firm, [.. successes.Where(s => s.Write.EnterpriseId == firm && s.Write.Name is not null)], audited, problems);
            if (successes.Any(s => s.Write.EnterpriseId == firm && s.Write.Year is not null))
            {
                var initial = await db.TierMoves.CountAsync(m => m.EnterpriseId == firm && m.Kind == TierMoveKind.Initial);
                Check(problems, initial == 1, $"firm {firm}: {initial} initial tier moves, expected exactly one");
            }
        }

        return problems;
    }

    private static async Task CheckFiguresAsync(JindongDbContext db, int firm, int year, List<LedgerEntry> writes, List<AuditedChange> audited, List<string> problems)
    {
        var where = $"firm {firm} {year}";
        var current = await db.AnnualFigures.AsNoTracking().Where(f => f.EnterpriseId == firm && f.Year == year)
            .Select(f => new { f.Version, f.Values.OutputWan }).SingleOrDefaultAsync();
        if (current is null)
        {
            problems.Add($"{where}: no figures, though {writes.Count} writes reported success");
            return;
        }

        var kept = await db.AnnualFiguresRevisions.AsNoTracking().Where(f => f.EnterpriseId == firm && f.Year == year)
            .Select(f => new { f.Version, f.Values.OutputWan }).ToListAsync();
        var rows = kept.Append(current).ToList();

        // Versions 1..n, one per successful write, the newest current: nothing overwritten unseen, nothing invented.
        Check(problems, rows.Select(r => r.Version).Order().SequenceEqual(Enumerable.Range(1, writes.Count)), $"{where}: versions {string.Join(',', rows.Select(r => r.Version).Order())} for {writes.Count} successful writes");
        Check(problems, current.Version == rows.Max(r => r.Version), $"{where}: the current figures are version {current.Version}, not the newest");
        var versionOf = new Dictionary<LedgerEntry, int>();
        foreach (var write in writes)
        {
            var matches = rows.Where(r => r.OutputWan == write.Write.Output).ToList();
            Check(problems, matches.Count == 1, $"{where}: the successful write of output {write.Write.Output} is kept {matches.Count} times");
            if (matches.Count == 1)
            {
                versionOf[write] = matches[0].Version;
            }
        }

        CheckRealTimeOrder(where, versionOf, problems);

        var entries = audited
            .Where(a => a.Command == "RecordAnnualFigures" && a.EnterpriseId == firm && a.After is { } after && after.TryGetProperty("year", out var y) && y.GetInt32() == year)
            .OrderBy(a => a.After!.Value.GetProperty("version").GetInt32())
            .ToList();
        Check(problems, entries.Count == writes.Count, $"{where}: {entries.Count} audit entries for {writes.Count} successful writes");
        var outputs = rows.ToDictionary(r => r.Version, r => r.OutputWan);
        foreach (var entry in entries)
        {
            var version = entry.After!.Value.GetProperty("version").GetInt32();
            Check(problems, outputs.TryGetValue(version, out var output) && output == entry.After.Value.GetProperty("output").GetDecimal(), $"{where}: the audit entry of version {version} does not show what version {version} holds");
            if (version == 1)
            {
                Check(problems, entry.Before is null, $"{where}: the first record's audit entry has a before");
            }
            else
            {
                Check(
                    problems,
                    entry.Before is { } before && before.GetProperty("version").GetInt32() == version - 1 && outputs.GetValueOrDefault(version - 1) == before.GetProperty("output").GetDecimal(),
                    $"{where}: the audit entry of version {version} does not start from version {version - 1}");
            }
        }
    }

    private static async Task CheckProfileAsync(JindongDbContext db, int firm, List<LedgerEntry> writes, List<AuditedChange> audited, List<string> problems)
    {
        var where = $"firm {firm}";
        var state = await db.Enterprises.AsNoTracking().Where(e => e.Id == firm).Select(e => new { e.Name, e.Version }).SingleAsync();

        // Every change of the firm's row is audited with the firm's view before and after: a chain of versions without gaps or forks.
        var chain = audited
            .Where(a => a.EnterpriseId == firm && a.After is { } after && after.TryGetProperty("name", out _) && after.TryGetProperty("version", out _))
            .OrderBy(a => a.After!.Value.GetProperty("version").GetInt32())
            .ToList();
        for (var i = 0; i < chain.Count; i++)
        {
            var after = chain[i].After!.Value;
            var version = after.GetProperty("version").GetInt32();
            Check(problems, chain[i].Before is { } before && before.GetProperty("version").GetInt32() == version - 1, $"{where}: the change to version {version} does not start from version {version - 1}");
            if (i > 0)
            {
                var previous = chain[i - 1].After!.Value;
                Check(problems, previous.GetProperty("version").GetInt32() == version - 1, $"{where}: the audited versions jump to {version}");
                Check(problems, chain[i].Before?.GetProperty("name").GetString() == previous.GetProperty("name").GetString(), $"{where}: the change to version {version} did not see the name version {version - 1} set");
            }
        }

        if (chain.Count > 0)
        {
            var last = chain[^1].After!.Value;
            Check(problems, last.GetProperty("version").GetInt32() == state.Version, $"{where}: the firm is at version {state.Version}, its last audited change at {last.GetProperty("version").GetInt32()}");
            Check(problems, last.GetProperty("name").GetString() == state.Name, $"{where}: the firm is named {state.Name}, its last audited change says {last.GetProperty("name").GetString()}");
        }

        var renames = chain.Where(a => a.Command == "UpdateEnterprise").ToList();
        Check(problems, renames.Count == writes.Count, $"{where}: {renames.Count} audited profile changes for {writes.Count} successful updates");
        var versionOf = new Dictionary<LedgerEntry, int>();
        foreach (var write in writes)
        {
            var matches = renames.Where(a => a.After!.Value.GetProperty("name").GetString() == write.Write.Name).ToList();
            Check(problems, matches.Count == 1, $"{where}: the successful rename to {write.Write.Name} is audited {matches.Count} times");
            if (matches.Count == 1)
            {
                versionOf[write] = matches[0].After!.Value.GetProperty("version").GetInt32();
            }
        }

        CheckRealTimeOrder(where, versionOf, problems);
    }

    /// <summary>A write that finished before another started must hold the lower version: the order is the order users saw.</summary>
    private static void CheckRealTimeOrder(string where, Dictionary<LedgerEntry, int> versionOf, List<string> problems)
    {
        // In version order, each write must have ended after every lower version started.
        var latestStart = long.MinValue;
        foreach (var (write, version) in versionOf.OrderBy(v => v.Value))
        {
            Check(problems, write.EndedAt >= latestStart, $"{where}: version {version} finished before a lower version's write started");
            latestStart = Math.Max(latestStart, write.StartedAt);
        }
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }

    private sealed record AuditedChange(string Command, int EnterpriseId, JsonElement? Before, JsonElement? After);
}

/// <summary>
/// One write: figures for <see cref="Year"/> with a distinct <see cref="Output"/>, or a rename
/// of the firm to a distinct <see cref="Name"/>.
/// </summary>
public sealed record LedgerWrite(int EnterpriseId, int? Year = null, decimal? Output = null, string? Name = null);

/// <summary>A write, when it ran (Stopwatch timestamps) and whether it reported success.</summary>
public sealed record LedgerEntry(LedgerWrite Write, long StartedAt, long EndedAt, bool Succeeded);
