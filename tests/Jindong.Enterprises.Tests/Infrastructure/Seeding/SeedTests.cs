using System.Globalization;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Infrastructure.Seeding;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Tests.Infrastructure.Seeding;

public sealed class SeedTests : RegistryTest
{
    [Fact]
    public async Task The_eleven_townships_are_seeded_in_the_plans_order()
    {
        var townships = await App.QueryAsync(db => db.Townships.OrderBy(t => t.No).Select(t => t.Name).ToListAsync());

        Assert.Equal(
            ["多湖街道", "东孝街道", "孝顺镇", "傅村镇", "曹宅镇", "赤松镇", "塘雅镇", "澧浦镇", "岭下镇", "江东镇", "鞋塘办事处"],
            townships);
    }

    [Fact]
    public async Task The_taxonomy_has_3_categories_7_industries_and_22_segments()
    {
        var (categories, industries, segments) = await App.QueryAsync(async db => (
            await db.IndustryCategories.CountAsync(),
            await db.Industries.CountAsync(),
            await db.Segments.CountAsync()));

        Assert.Equal(3, categories);
        Assert.Equal(7, industries);
        Assert.Equal(22, segments);
    }

    [Fact]
    public async Task A_segment_sits_under_its_industry_and_category_as_in_table_5_2()
    {
        var chain = await App.QueryAsync(db => db.Segments
            .Where(s => s.Name == "水泥基材料")
            .Select(s => new { Industry = s.Industry.Name, Category = s.Industry.Category.Name })
            .SingleAsync());

        Assert.Equal("建筑建材", chain.Industry);
        Assert.Equal("传统优势产业", chain.Category);
    }

    [Fact]
    public async Task The_100_appendix_4_firms_match_the_seed_file_row_for_row()
    {
        var expected = SeedFiles.Rows("appendix4-firms.csv")
            .Select(r => (ListNo: int.Parse(r["list_no"], CultureInfo.InvariantCulture), Name: r["name"], Township: r["township"], Target: r["target"]))
            .ToList();

        var firms = await App.QueryAsync(db => (
                from e in db.Enterprises
                join t in db.Townships on e.TownshipId equals t.Id
                orderby e.ListNo
                select new { e.ListNo, e.Name, Township = t.Name, e.Target })
            .ToListAsync());
        var actual = firms.Select(f => (ListNo: f.ListNo ?? 0, f.Name, f.Township, Target: f.Target?.Name() ?? string.Empty)).ToList();

        Assert.Equal(100, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Cultivation_targets_count_2_2_8_10_78_from_the_top_tier_down()
    {
        var byTarget = await App.QueryAsync(db => db.Enterprises.GroupBy(e => e.Target).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["超50亿元"] = 2,
                ["超20亿元"] = 2,
                ["超10亿元"] = 8,
                ["超5亿元"] = 10,
                ["超亿元"] = 78,
            },
            byTarget.ToDictionary(g => g.Key?.Name() ?? "(none)", g => g.Count));
    }

    [Theory]
    [InlineData(3, "同方计算机(浙江)有限公司")]
    [InlineData(21, "龙芯中科(金华)技术有限公司")]
    [InlineData(22, "神州龙安（金华）信息技术服务有限公司")]
    [InlineData(97, "浙江爱特新能源汽车有限公司")]
    public async Task Firm_names_keep_the_bracket_widths_the_plan_prints(int listNo, string name)
    {
        var seeded = await App.QueryAsync(db => db.Enterprises.Where(e => e.ListNo == listNo).Select(e => e.Name).SingleAsync());

        Assert.Equal(name, seeded, StringComparer.Ordinal);
    }

    [Fact]
    public async Task Appendices_1_and_2_give_6_platforms_and_27_micro_parks()
    {
        var (platforms, microParks) = await App.QueryAsync(async db => (await db.Platforms.CountAsync(), await db.MicroParks.CountAsync()));

        Assert.Equal(6, platforms);
        Assert.Equal(27, microParks);
    }

    [Fact]
    public async Task Appendix_1s_platform_goals_are_targets_of_the_fourteenth_plan_with_their_source()
    {
        var goals = await App.QueryAsync(db => db.PlanTargets
            .Where(t => t.Category == "附件1 重点发展平台" && db.Plans.Any(p => p.Id == t.PlanId && p.Code == "十四五"))
            .OrderBy(t => t.SortOrder).Select(t => new { t.Name, t.TargetValue, t.Unit, t.Source }).ToListAsync());

        Assert.Equal([350m, 100m, 30m, 20m, 20m, 10m], goals.Select(g => g.TargetValue!.Value));
        Assert.Equal("江岭高新智造区规上工业总产值", goals[1].Name);
        Assert.All(goals, g => Assert.Equal("亿元", g.Unit));
        Assert.Equal("十四五：附件1 平台1 第2570–2572行", goals[0].Source);
    }

    [Fact]
    public async Task Firms_named_on_an_appendix_1_platform_are_linked_to_it()
    {
        var expected = SeedFiles.Rows("appendix1-platform-firms.csv")
            .Where(r => r["list_no"].Length > 0)
            .Select(r => (ListNo: int.Parse(r["list_no"], CultureInfo.InvariantCulture), Platform: int.Parse(r["platform_no"], CultureInfo.InvariantCulture)))
            .OrderBy(l => l.ListNo)
            .ToList();

        var linked = await App.QueryAsync(db => (
                from e in db.Enterprises
                join p in db.Platforms on e.PlatformId equals p.Id
                orderby e.ListNo
                select new { e.ListNo, p.No })
            .ToListAsync());

        Assert.Equal(19, expected.Count);
        Assert.Equal(expected, linked.Select(l => (ListNo: l.ListNo ?? 0, Platform: l.No)).ToList());
    }

    [Fact]
    public async Task Every_appendix_3_project_is_seeded_and_linked_to_the_firm_its_row_names()
    {
        var rows = SeedFiles.Rows("appendix3-projects.csv");
        var projects = await App.QueryAsync(db => (
                from p in db.InvestmentProjects
                join e in db.Enterprises on p.EnterpriseId equals e.Id into firms
                from e in firms.DefaultIfEmpty()
                select new { p.No, p.Project, ListNo = e == null ? null : e.ListNo })
            .ToListAsync());

        Assert.Equal(57, rows.Count);
        Assert.Equal(rows.Count, projects.Count);
        foreach (var row in rows)
        {
            var project = Assert.Single(projects, p => p.No.ToString(CultureInfo.InvariantCulture) == row["no"] && p.Project == row["project"]);
            int? listNo = row["list_no"].Length > 0 ? int.Parse(row["list_no"], CultureInfo.InvariantCulture) : null;
            Assert.Equal(listNo, project.ListNo);
        }
    }

    [Fact]
    public async Task Every_seeded_credit_code_keeps_the_rules_of_gb_32100()
    {
        var codes = await App.QueryAsync(db => db.Enterprises.Where(e => e.CreditCode != null).Select(e => e.CreditCode!).ToListAsync());

        Assert.All(codes, code => Assert.Null(UnifiedSocialCreditCode.Check(code)));
        Assert.Equal(0, await App.QueryAsync(db => db.Enterprises.CountAsync(e => e.CreditCodeOverride != null)));
    }

    [Fact]
    public async Task Seeded_firms_have_no_recorded_tier_no_figures_and_no_tier_moves()
    {
        var (withTier, figures, moves) = await App.QueryAsync(async db => (
            await db.Enterprises.CountAsync(e => e.CurrentTier != null),
            await db.AnnualFigures.CountAsync(),
            await db.TierMoves.CountAsync()));

        Assert.Equal(0, withTier);
        Assert.Equal(0, figures);
        Assert.Equal(0, moves);
    }

    [Fact]
    public async Task Each_firms_segment_and_its_source_are_as_the_seed_file_records()
    {
        var expected = SeedFiles.Rows("appendix4-firms.csv")
            .Select(r => (ListNo: int.Parse(r["list_no"], CultureInfo.InvariantCulture), Segment: r["segment"], Source: r["segment_source"]))
            .ToList();

        var firms = await App.QueryAsync(db => (
                from e in db.Enterprises
                join s in db.Segments on e.SegmentId equals s.Id into segments
                from s in segments.DefaultIfEmpty()
                orderby e.ListNo
                select new { e.ListNo, Segment = s == null ? string.Empty : s.Name, e.SegmentSource })
            .ToListAsync());

        Assert.Equal(expected, firms.Select(f => (ListNo: f.ListNo ?? 0, f.Segment, Source: SegmentSources.Code(f.SegmentSource))).ToList());
    }

    [Fact]
    public async Task A_firm_has_a_segment_exactly_when_its_source_says_where_the_segment_came_from()
    {
        var firms = await App.QueryAsync(db => db.Enterprises.Select(e => new { e.ListNo, e.SegmentId, e.SegmentSource }).ToListAsync());

        Assert.All(firms, f => Assert.Equal(f.SegmentId is null, f.SegmentSource == SegmentSource.Unclassified));
        Assert.Equal(
            new Dictionary<SegmentSource, int>
            {
                [SegmentSource.PlanAppendix1] = 4,
                [SegmentSource.PlanAppendix3] = 19,
                [SegmentSource.PlanText] = 1,
                [SegmentSource.InferredFromName] = 28,
                [SegmentSource.Unclassified] = 48,
            },
            firms.GroupBy(f => f.SegmentSource).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task The_two_plans_of_the_seeds_are_seeded_with_their_years_and_provenance()
    {
        var plans = await App.QueryAsync(db => db.Plans.OrderBy(p => p.Id)
            .Select(p => new { p.Code, p.Kind, p.BaseYear, p.FirstYear, p.LastYear, p.Source, Targets = db.PlanTargets.Count(t => t.PlanId == p.Id) }).ToListAsync());

        Assert.Equal(
            [("十四五", PlanKind.FiveYear, 2020, 2021, 2025, 49), ("二次开发2.0", PlanKind.Action, 2020, 2021, 2023, 34)],
            plans.Select(p => (p.Code, p.Kind, p.BaseYear, p.FirstYear, p.LastYear, p.Targets)));
        Assert.Equal("《金东区工业经济高质量发展“十四五”规划》", plans[0].Source);
        Assert.Contains("2.0版", plans[1].Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fourteenth_plans_tier_targets_are_table_4_1s_counts_then_the_cultivation_goals()
    {
        var targets = await App.QueryAsync(db => db.PlanTargets.Where(t => t.Kind == TargetKind.Tier && db.Plans.Any(p => p.Id == t.PlanId && p.Code == "十四五"))
            .OrderBy(t => t.SortOrder).Select(t => new { t.Subject, t.BaseValue, t.TargetValue }).ToListAsync());

        Assert.Equal(
            [("规上", (decimal?)391m, (decimal?)600m), ("超亿元", 72m, 100m), ("超10亿元", 0m, 10m), ("超20亿元", 0m, 4m), ("超50亿元", 0m, 3m),
             ("超50亿元", null, 3m), ("超20亿元", null, 3m), ("超10亿元", null, 8m), ("规上", null, 600m)],
            targets.Select(t => (t.Subject, t.BaseValue, t.TargetValue)));
    }

    [Fact]
    public async Task A_share_printed_as_a_fraction_is_stored_as_percent_and_keeps_its_printed_text()
    {
        var (share, rate) = await App.QueryAsync(async db => (
            await db.PlanTargets.SingleAsync(t => t.Name == "先进装备制造业增加值在规模以上工业中的比重"),
            await db.PlanTargets.SingleAsync(t => t.Name == "规上工业增加值率")));

        Assert.Equal(("%", 45m, "0.45", TargetComparison.AtLeast), (share.Unit, share.TargetValue!.Value, share.TargetText, share.Comparison));
        Assert.Equal((22m, "22以上", TargetComparison.AtLeast, TargetNature.Expected), (rate.TargetValue!.Value, rate.TargetText, rate.Comparison, rate.Nature!.Value));
        Assert.Contains("表4-1", share.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_is_recorded_once_in_the_audit_trail_by_the_system()
    {
        var entry = await App.QueryAsync(db => db.AuditEntries.SingleAsync());

        Assert.Equal(RegistrySeeder.Actor, entry.Actor);
        Assert.Equal("SeedRegistry", entry.Command);
        Assert.Null(entry.Before);
        Assert.Equal(TestApp.StartTime.UtcDateTime, entry.At);
        Assert.Contains("\"townships\":11", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"enterprises\":100", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"investmentProjects\":57", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_a_seeded_registry_again_adds_nothing()
    {
        var before = await App.CountsAsync();
        var referenceBefore = await ReferenceCountsAsync();

        var result = await App.ExecuteAsync(services => services.GetRequiredService<RegistrySeeder>().SeedAsync());

        Assert.Equal(0, result.Total);
        Assert.Equal(before, await App.CountsAsync());
        Assert.Equal(referenceBefore, await ReferenceCountsAsync());
    }

    [Fact]
    public async Task Initializing_an_initialized_database_again_changes_nothing()
    {
        var before = await App.CountsAsync();
        var referenceBefore = await ReferenceCountsAsync();

        await App.InitializeDatabaseAsync();

        Assert.Equal(before, await App.CountsAsync());
        Assert.Equal(referenceBefore, await ReferenceCountsAsync());
    }

    [Fact]
    public async Task Seeding_again_keeps_a_users_change_to_a_seeded_firm()
    {
        var id = await App.FirmIdAsync(3);
        await App.SendAsync(new SetCultivationTarget(id, "超50亿元", "规划调整"));

        await App.ExecuteAsync(services => services.GetRequiredService<RegistrySeeder>().SeedAsync());

        var target = await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Target).SingleAsync());
        Assert.Equal(Tier.Over5Billion, target);
    }

    private Task<(int Townships, int Segments, int Platforms, int MicroParks, int Projects, int Plans, int Targets)> ReferenceCountsAsync() =>
        App.QueryAsync(async (JindongDbContext db) => (
            await db.Townships.CountAsync(),
            await db.Segments.CountAsync(),
            await db.Platforms.CountAsync(),
            await db.MicroParks.CountAsync(),
            await db.InvestmentProjects.CountAsync(),
            await db.Plans.CountAsync(),
            await db.PlanTargets.CountAsync()));
}
