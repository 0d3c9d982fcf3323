using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Industries;
using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Plan;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Jindong.Enterprises.Infrastructure.Seeding;

/// <summary>
/// Adds the plan's reference data and the 100 Appendix-4 firms, each row only if its natural
/// key is missing, so a second run changes nothing and users' edits are never overwritten.
/// </summary>
public sealed class RegistrySeeder(JindongDbContext db, TimeProvider clock)
{
    public const string Actor = "system";
    public const string Command = "SeedRegistry";

    public async Task<SeedResult> SeedAsync(CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = new SeedResult(
            await SeedTownshipsAsync(ct),
            await SeedTaxonomyAsync(ct),
            await SeedPlatformsAsync(ct),
            await SeedMicroParksAsync(ct),
            await SeedEnterprisesAsync(ct),
            await SeedProjectsAsync(ct),
            await SeedPlanTargetsAsync(ct),
            await SeedEfficiencyMethodsAsync(ct));

        if (result.Total > 0)
        {
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, Actor, Command, null, "《金东区工业经济高质量发展“十四五”规划》", null, System.Text.Json.JsonSerializer.Serialize(result, AuditTrail.Json)));
            await db.SaveChangesAsync(ct);
            Log.Information("Seeded the registry: {@SeedResult}", result);
        }

        await transaction.CommitAsync(ct);
        return result;
    }

    private async Task<int> SeedTownshipsAsync(CancellationToken ct)
    {
        var existing = await db.Townships.Select(t => t.Name).ToHashSetAsync(ct);
        var rows = SeedFiles.Read("townships.csv", r => new Township(r.Int("no"), r.Text("name"), r.Text("short_name")))
            .Where(t => !existing.Contains(t.Name))
            .ToList();
        db.Townships.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private async Task<int> SeedTaxonomyAsync(CancellationToken ct)
    {
        var categories = await db.IndustryCategories.ToDictionaryAsync(c => c.Name, ct);
        var industries = await db.Industries.ToDictionaryAsync(i => i.Name, ct);
        var segments = await db.Segments.Select(s => s.Name).ToHashSetAsync(ct);
        var added = 0;
        var order = 0;
        foreach (var row in SeedFiles.Read("taxonomy.csv", r => (Category: r.Text("category"), Industry: r.Text("industry"), Segment: r.Text("segment"))))
        {
            order++;
            if (!categories.TryGetValue(row.Category, out var category))
            {
                category = new IndustryCategory(row.Category, categories.Count + 1);
                categories.Add(row.Category, category);
                db.IndustryCategories.Add(category);
            }

            if (!industries.TryGetValue(row.Industry, out var industry))
            {
                industry = new Industry(category, row.Industry, industries.Count + 1);
                industries.Add(row.Industry, industry);
                db.Industries.Add(industry);
            }

            if (segments.Add(row.Segment))
            {
                db.Segments.Add(new Segment(industry, row.Segment, order));
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private async Task<int> SeedPlatformsAsync(CancellationToken ct)
    {
        var existing = await db.Platforms.Select(p => p.No).ToHashSetAsync(ct);
        var rows = SeedFiles.Read("appendix1-platforms.csv", r => new Platform(
                r.Int("no"), r.Text("location"), r.Text("name"), r.OptionalDecimal("goal_output_2025_yi"),
                r.Text("goal_text"), r.Text("vision"), r.Text("key_firms"), r.Text("key_segments")))
            .Where(p => !existing.Contains(p.No))
            .ToList();
        db.Platforms.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private async Task<int> SeedMicroParksAsync(CancellationToken ct)
    {
        var existing = await db.MicroParks.Select(p => p.No).ToHashSetAsync(ct);
        var townships = await db.Townships.ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        var rows = SeedFiles.Read("appendix2-micro-parks.csv", r => new MicroPark(
                r.Int("no"), r.Text("name"), townships[r.Text("township")], r.Text("leading_industries"),
                r.OptionalDecimal("area_mu") ?? 0m, r.Text("status")))
            .Where(p => !existing.Contains(p.No))
            .ToList();
        db.MicroParks.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    /// <summary>
    /// The first day of the 十四五 plan, whose Appendix 4 names the firms it cultivates: they stand on
    /// the list from then, so reports for the plan's years count them whenever the registry was set up.
    /// </summary>
    private static readonly DateOnly AppendixFirmsListedOn = new(2021, 1, 1);

    private async Task<int> SeedEnterprisesAsync(CancellationToken ct)
    {
        var existing = await db.Enterprises.Where(e => e.ListNo != null).Select(e => e.ListNo!.Value).ToHashSetAsync(ct);
        var townships = await db.Townships.ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        var segments = await db.Segments.ToDictionaryAsync(s => s.Name, s => s.Id, ct);
        var platformIds = await db.Platforms.ToDictionaryAsync(p => p.No, p => p.Id, ct);
        var platformOf = SeedFiles.Read("appendix1-platform-firms.csv", r => (Platform: r.Int("platform_no"), ListNo: r.OptionalInt("list_no")))
            .Where(l => l.ListNo is not null)
            .GroupBy(l => l.ListNo!.Value)
            .ToDictionary(g => g.Key, g => platformIds[g.First().Platform]);
        var now = clock.GetUtcNow().UtcDateTime;

        var rows = SeedFiles.Read("appendix4-firms.csv", r =>
            {
                var listNo = r.Int("list_no");
                var segment = r.OptionalText("segment");
                return Enterprise.Register(
                    r.Text("name"),
                    townships[r.Text("township")],
                    null,
                    segment is null ? null : segments[segment],
                    SegmentSources.Parse(r.Text("segment_source")),
                    r.OptionalText("segment_evidence"),
                    TierScale.Parse(r.Text("target")),
                    now,
                    AppendixFirmsListedOn,
                    listNo,
                    platformOf.TryGetValue(listNo, out var platformId) ? platformId : null);
            })
            .Where(e => !existing.Contains(e.ListNo!.Value))
            .ToList();
        db.Enterprises.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private async Task<int> SeedProjectsAsync(CancellationToken ct)
    {
        var existing = await db.InvestmentProjects.Select(p => new { p.No, p.Project }).ToListAsync(ct);
        var keys = existing.Select(p => (p.No, p.Project)).ToHashSet();
        var firms = await db.Enterprises.Where(e => e.ListNo != null).ToDictionaryAsync(e => e.ListNo!.Value, e => e.Id, ct);
        var rows = SeedFiles.Read("appendix3-projects.csv", r => new InvestmentProject(
                r.Int("no"), r.Text("company"), r.Text("project"), r.OptionalDecimal("total_investment_yi") ?? 0m,
                r.Text("expected_completion"), r.OptionalInt("list_no") is { } listNo ? firms[listNo] : null, r.OptionalText("link_note")))
            .Where(p => !keys.Contains((p.No, p.Project)))
            .ToList();
        db.InvestmentProjects.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private async Task<int> SeedPlanTargetsAsync(CancellationToken ct)
    {
        var existingIndicators = await db.PlanIndicators.Select(p => p.Name).ToHashSetAsync(ct);
        var indicators = SeedFiles.Read("table4-1-indicators.csv", r => (Category: r.Text("category"), Name: r.Text("name"), Unit: r.Text("unit"),
                Base: r.Text("base_2020"), Target: r.Text("target_2025"), Growth: r.Text("annual_growth_pct"), Nature: r.Text("nature")))
            .Select((r, i) => new PlanIndicator(i + 1, r.Category, r.Name, r.Unit, r.Base, r.Target, r.Growth, r.Nature))
            .Where(p => !existingIndicators.Contains(p.Name))
            .ToList();
        db.PlanIndicators.AddRange(indicators);

        var existingTargets = await db.PlanTierTargets.Select(t => t.Tier).ToHashSetAsync(ct);
        var targets = SeedFiles.Read("plan-tier-targets.csv", r => new PlanTierTarget(
                TierScale.Parse(r.Text("tier")), r.OptionalInt("base_2020"), r.OptionalInt("target_2025"), r.OptionalInt("cultivation_goal_2025"), r.Text("source")))
            .Where(t => !existingTargets.Contains(t.Tier))
            .ToList();
        db.PlanTierTargets.AddRange(targets);
        await db.SaveChangesAsync(ct);
        return indicators.Count + targets.Count;
    }

    /// <summary>seed/efficiency-method-YYYY.json: a year's 亩均 method in the file format `efficiency method import` reads; a year that has one keeps it.</summary>
    private async Task<int> SeedEfficiencyMethodsAsync(CancellationToken ct)
    {
        var existing = await db.EfficiencyMethods.Select(m => m.Year).ToHashSetAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = SeedFiles.Named("efficiency-method-")
            .Select(file => (Year: int.Parse(Path.GetFileNameWithoutExtension(file)["efficiency-method-".Length..], System.Globalization.CultureInfo.InvariantCulture), File: file))
            .Where(m => !existing.Contains(m.Year))
            .Select(m => EfficiencyMethod.Define(m.Year, MethodJson.Read(SeedFiles.ReadText(m.File)), Actor, now))
            .ToList();
        db.EfficiencyMethods.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }
}

/// <summary>How many rows a seeding run added, by kind.</summary>
public sealed record SeedResult(int Townships, int Segments, int Platforms, int MicroParks, int Enterprises, int InvestmentProjects, int PlanRows, int EfficiencyMethods)
{
    public int Total => Townships + Segments + Platforms + MicroParks + Enterprises + InvestmentProjects + PlanRows + EfficiencyMethods;
}
