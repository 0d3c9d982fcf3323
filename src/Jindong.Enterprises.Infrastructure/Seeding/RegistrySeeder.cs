using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Industries;
using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Plan;
using Jindong.Enterprises.Domain.Plans;
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
            await SeedPlansAsync(ct),
            await SeedEfficiencyMethodsAsync(ct),
            await SeedDesignationKindsAsync(ct),
            await SeedWatchThresholdsAsync(ct));

        if (result.Total > 0)
        {
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, Actor, Command, null, "《金东区工业经济高质量发展“十四五”规划》；《金东区工业园区“二次开发”三年行动计划2.0版（2021-2023年）》", null, System.Text.Json.JsonSerializer.Serialize(result, AuditTrail.Json), AuditSource.File, SeedFiles.Folder));
            await db.SaveChangesAsync(ct);
            await db.BumpRegistryVersionAsync(ct);
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
                r.Int("no"), r.Text("location"), r.Text("name"),
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

    private async Task<(int Plans, int Targets)> SeedPlansAsync(CancellationToken ct)
    {
        var plans = await db.Plans.ToDictionaryAsync(p => p.Code, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var row in SeedFiles.Read("plans.csv", r => (Code: r.Text("code"), Kind: r.Code<PlanKind>("kind"), Title: r.Text("title"), Source: r.Text("source"),
                     BaseYear: r.Int("base_year"), FirstYear: r.Int("first_year"), LastYear: r.Int("last_year"))))
        {
            if (!plans.ContainsKey(row.Code))
            {
                var plan = PlanPeriod.Create(row.Code, row.Title, row.Kind, row.Source, row.BaseYear, row.FirstYear, row.LastYear, now);
                db.Plans.Add(plan);
                plans.Add(row.Code, plan);
                added++;
            }
        }

        await db.SaveChangesAsync(ct);

        var existing = (await db.PlanTargets.Where(t => t.Scope == string.Empty).Select(t => new { t.PlanId, t.Name }).ToListAsync(ct))
            .Select(t => (t.PlanId, t.Name)).ToHashSet();
        var targets = SeedFiles.Read("plan-targets.csv", r => (Plan: plans[r.Text("plan")], Spec: new TargetSpec(
                r.Text("category"), r.Text("name"), r.Code<TargetKind>("kind"), r.OptionalText("subject"), r.Text("unit"),
                r.OptionalDecimal("base_value"), r.OptionalText("base_text"), r.OptionalDecimal("target_value"), r.Text("target_text"),
                r.Code<TargetComparison>("comparison"), r.OptionalText("growth_text"),
                r.OptionalText("nature") is { } nature && TargetNatures.TryParse(nature, out var parsed) ? parsed : null,
                $"{r.Text("plan")}：{r.Text("source")}")))
            .Select((t, i) => PlanTarget.Create(t.Plan, i + 1, t.Spec, null, null, now))
            .Where(t => !existing.Contains((t.PlanId, t.Name)))
            .ToList();
        db.PlanTargets.AddRange(targets);
        await db.SaveChangesAsync(ct);
        return (added, targets.Count);
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

    /// <summary>seed/designation-kinds.csv: the designation catalogue; a kind whose code exists keeps what admins made of it.</summary>
    private async Task<int> SeedDesignationKindsAsync(CancellationToken ct)
    {
        var existing = await db.DesignationKinds.Select(k => k.Code).ToHashSetAsync(ct);
        var order = 0;
        var rows = SeedFiles.Read("designation-kinds.csv", r => DesignationKind.Create(
                r.Text("code"), r.Text("name"), r.Text("family"),
                r.OptionalText("level") is null ? null : r.Code<DesignationLevel>("level"),
                r.Code<DesignationNature>("nature"), r.OptionalInt("valid_years"), r.OptionalText("boards"), r.OptionalText("counts"), ++order))
            .Where(k => !existing.Contains(k.Code))
            .ToList();
        db.DesignationKinds.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    /// <summary>The watch lists' default thresholds, once; the bureau's changes are kept.</summary>
    private async Task<int> SeedWatchThresholdsAsync(CancellationToken ct)
    {
        if (await db.WatchThresholds.AnyAsync(ct))
        {
            return 0;
        }

        db.WatchThresholds.Add(Domain.Watch.WatchThresholds.Defaults(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return 1;
    }
}

/// <summary>How many rows a seeding run added, by kind.</summary>
public sealed record SeedResult(int Townships, int Segments, int Platforms, int MicroParks, int Enterprises, int InvestmentProjects, int Plans, int PlanTargets, int EfficiencyMethods, int DesignationKinds, int WatchThresholds)
{
    public SeedResult(int townships, int segments, int platforms, int microParks, int enterprises, int investmentProjects, (int Plans, int Targets) plans, int efficiencyMethods, int designationKinds, int watchThresholds)
        : this(townships, segments, platforms, microParks, enterprises, investmentProjects, plans.Plans, plans.Targets, efficiencyMethods, designationKinds, watchThresholds)
    {
    }

    public int Total => Townships + Segments + Platforms + MicroParks + Enterprises + InvestmentProjects + Plans + PlanTargets + EfficiencyMethods + DesignationKinds + WatchThresholds;
}
