using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Parks;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Review.Tests.Support;
using Jindong.Enterprises.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Review.Tests.Reports;

/// <summary>
/// The reports of one registry across two plans: the seeded 十四五 (2021–2025) and a 十五五
/// (2026–2030, base 2025) entered here. Figures in 万元 (the 100 seeded firms have none):
/// Recorded with the clock in 2028. P 孝顺镇 — 2023: output 12,000, value added 3,000, land 20 mu, tax 600, 100 employees, revenue 11,000, R&amp;D 330;
///            2025: output 15,000, value added 3,600, land 20, tax 700, 120 employees; 2027: output 30,000. In platform 1 from 2022.
/// Q 傅村镇 (target 超亿元) — 2023: output 2,500, value added 500, land 10, tax 100; 2025: output 3,000, value added 600; 2027: 4,000.
/// R 孝顺镇 — 2023: output 1,000 (规下), outside every park from 2021.
/// </summary>
public sealed class PlanReportTests : ReviewTest
{
    private readonly Dictionary<char, int> ids = [];

    [Fact]
    public async Task Progress_in_2023_follows_the_fourteenth_plan_and_in_2027_the_fifteenth()
    {
        await FixtureAsync();
        await FifteenthPlanAsync();

        var y2023 = (await App.SendAsync(new GetProgressReport(2023))).Single(r => r.Tier == "超亿元");
        var y2027 = (await App.SendAsync(new GetProgressReport(2027))).Single(r => r.Tier == "超亿元");

        Assert.Equal(("十四五", 2020, 72, 2025, 100, 1), (y2023.Plan, y2023.BaseYear!.Value, y2023.Base!.Value, y2023.TargetYear!.Value, y2023.Target!.Value, y2023.Cumulative));
        Assert.Equal(("十五五", 2025, 1, 2030, 3, 2, 1), (y2027.Plan, y2027.BaseYear!.Value, y2027.Base!.Value, y2027.TargetYear!.Value, y2027.Target!.Value, y2027.Milestone!.Value, y2027.Cumulative));
        Assert.Equal(new Dictionary<string, object?> { ["base2020"] = 72, ["target2025"] = 100, ["cultivationGoal2025"] = null }, y2023.Aliases);
        Assert.Equal(new Dictionary<string, object?> { ["base2025"] = 1, ["target2030"] = 3, ["cultivationGoal2030"] = null }, y2027.Aliases);
    }

    [Fact]
    public async Task A_year_no_plan_covers_shows_no_targets_and_says_so()
    {
        await FixtureAsync();

        var rows = await App.SendAsync(new GetProgressReport(2031));
        var table = await App.ExecuteAsyncResult(services => ReportTables.ForYearAsync(services.GetRequiredService<IMediator>(), "progress", 2031, default));

        Assert.All(rows, r => Assert.Equal((null, null, null), (r.Plan, r.Target, r.Base)));
        Assert.Equal("没有规划覆盖 2031 年，不显示目标（请管理员先录入覆盖该年的规划）。", table!.Note);
        Assert.Equal(["规划基数", "规划目标"], table.Columns.Where(c => c.Key is "base" or "target").Select(c => c.Header));
    }

    [Fact]
    public async Task The_indicators_and_the_evaluation_count_firms_as_they_stood_at_the_years_end()
    {
        await FixtureAsync();
        var before = await App.SendAsync(new GetDistrictIndicators(2023));
        var evaluationBefore = (await App.SendAsync(new GetPlanEvaluation("十四五"))).Rows.Single(r => r.Name == "规上工业企业数量" && r.Township is null);

        // In 2028 Q moves out of the district and P moves to another township: 2023 and 2025 stay as they were.
        App.Clock.SetUtcNow(new DateTimeOffset(2028, 9, 1, 9, 0, 0, TimeSpan.Zero));
        await App.SendAsync(new MoveOutEnterprise(ids['Q'], "迁出金东区", EffectiveOn: new DateOnly(2028, 6, 1)));
        await App.SendAsync(new UpdateEnterprise(ids['P'], Township: "傅村镇", EffectiveOn: new DateOnly(2028, 7, 1)));
        var after = await App.SendAsync(new GetDistrictIndicators(2023));
        var evaluationAfter = (await App.SendAsync(new GetPlanEvaluation("十四五"))).Rows.Single(r => r.Name == "规上工业企业数量" && r.Township is null);
        var xiaoshun = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "孝顺镇").Select(t => t.Id).SingleAsync());
        App.User.Become(AccountRole.Township, xiaoshun);
        var ownOf2023 = (await App.SendAsync(new GetDistrictIndicators(2023))).First(r => r.Code == DistrictIndicators.AboveScaleFirms);

        Assert.Equal(before.Select(r => (r.Code, r.Value, r.Covered, r.Of)), after.Select(r => (r.Code, r.Value, r.Covered, r.Of)));
        Assert.Equal((2m, 2m), (evaluationBefore.Value!.Value, evaluationAfter.Value!.Value));
        // P stood in 孝顺镇 at the end of 2023: its officer still sees it counted there.
        Assert.Equal(1m, ownOf2023.Value);
    }

    [Fact]
    public async Task Gaps_need_growth_to_the_covering_plans_last_year_across_the_plan_boundary()
    {
        await FixtureAsync();
        await FifteenthPlanAsync();

        var y2024 = (await App.SendAsync(new GetGapReport(2024))).Single(r => r.Id == ids['Q']);
        var y2025 = (await App.SendAsync(new GetGapReport(2025))).Single(r => r.Id == ids['Q']);
        var y2026 = (await App.SendAsync(new GetGapReport(2026))).Single(r => r.Id == ids['Q']);
        var y2031 = (await App.SendAsync(new GetGapReport(2031))).Single(r => r.Id == ids['Q']);

        // (10,000 ÷ 2,500)^(1 ÷ (2025 − 2024)) − 1 = 3, from 2023's figures
        Assert.Equal(("behind", 3.0, "十四五", 2025, 2023, true), (y2024.Status, y2024.RequiredGrowth!.Value, y2024.Plan, y2024.TargetYear!.Value, y2024.OutputYear!.Value, y2024.OlderFigures));
        Assert.Equal(("not-reached", (double?)null, 7_000m, false), (y2025.Status, y2025.RequiredGrowth, y2025.Gap!.Value, y2025.OlderFigures));
        // (10,000 ÷ 3,000)^(1 ÷ (2030 − 2026)) − 1 = 0.3512, from 2025's figures
        Assert.Equal(("behind", 0.3512, "十五五", 2030, 2025, true), (y2026.Status, y2026.RequiredGrowth!.Value, y2026.Plan, y2026.TargetYear!.Value, y2026.OutputYear!.Value, y2026.OlderFigures));
        Assert.Equal(("no-plan", (double?)null, (string?)null), (y2031.Status, y2031.RequiredGrowth, y2031.Plan));
    }

    [Fact]
    public async Task The_district_indicators_are_the_hand_sums_of_the_above_scale_firms_with_their_coverage()
    {
        await FixtureAsync();

        var rows = await App.SendAsync(new GetDistrictIndicators(2023));
        var first = rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());

        Assert.Equal((1.45m, 2, 2), Of(first[DistrictIndicators.AboveScaleOutput]));
        Assert.Equal((0.35m, 2, 2), Of(first[DistrictIndicators.AboveScaleValueAdded]));
        Assert.Equal((24.1379m, 2, 2), Of(first[DistrictIndicators.ValueAddedRate]));
        Assert.Equal((116.6667m, 2, 2), Of(first[DistrictIndicators.ValueAddedPerMu]));
        Assert.Equal((23.3333m, 2, 2), Of(first[DistrictIndicators.TaxPerMu]));
        Assert.Equal((30m, 1, 2), Of(first[DistrictIndicators.LabourProductivity]));
        Assert.Equal((3m, 1, 2), Of(first[DistrictIndicators.RdIntensity]));
        Assert.Equal((2m, 2, 2), Of(first[DistrictIndicators.AboveScaleFirms]));
        Assert.Equal((50m, 2, 3), Of(first[DistrictIndicators.ParkRate]));
        Assert.Equal((100m, 1, 2), Of(first[DistrictIndicators.AboveScaleParkRate]));
        Assert.Contains(rows, r => (r.Code, r.Plan, r.Target, r.Reached) == (DistrictIndicators.AboveScaleOutput, "十四五", 545m, false));
        Assert.Contains(rows, r => (r.Code, r.Plan, r.Target, r.Reached) == (DistrictIndicators.ParkRate, "二次开发2.0", 70m, false));
        Assert.Contains(rows, r => (r.Code, r.Plan, r.Target, r.Reached) == (DistrictIndicators.RdIntensity, "二次开发2.0", 3m, true));
    }

    [Fact]
    public async Task The_fourteenth_plans_evaluation_matches_the_hand_computed_fixture()
    {
        await FixtureAsync();
        var digital = await TargetIdAsync("十四五", "数字经济增加值占GDP比重");
        var energy = await TargetIdAsync("十四五", "单位工业增加值能耗");
        await App.SendAsync(new RecordOfficialFigure("十四五", digital, "46.2", "2025年统计公报"));
        await App.SendAsync(new RecordOfficialFigure("十四五", energy, "已完成", "省考核结果", Reached: true));

        var evaluation = await App.SendAsync(new GetPlanEvaluation("十四五"));
        var rows = evaluation.Rows.ToDictionary(r => r.Name);

        Assert.Equal(49, evaluation.Rows.Count);
        Assert.All(evaluation.Rows, r => Assert.Equal(2025, r.Year));
        Assert.Equal((2m, false, 598m, "computed"), Judged(rows["规上工业企业数量"]));
        var overHundred = rows["年产值超亿元工业企业数量"];
        Assert.Equal((1m, false, 99m, "computed"), Judged(overHundred));
        Assert.Equal([("计划测试企业P", 15_000m)], overHundred.Firms!.Select(f => (f.Name, f.Output)));
        Assert.Equal((0m, false, 10m, "computed"), Judged(rows["年产值超10亿元工业企业数量"]));
        // 18,000 万元 = 1.8 亿元 against 545
        Assert.Equal((1.8m, false, 543.2m, "computed"), Judged(rows["规上工业总产值"]));
        // (3,600 + 600) ÷ 18,000 = 23.3333 % against 「22以上」
        Assert.Equal((23.3333m, true, 0m, "computed"), Judged(rows["规上工业增加值率"]));
        Assert.Equal((46.2m, true, 0m, "official"), Judged(rows["数字经济增加值占GDP比重"]));
        Assert.Equal(("已完成", true, "official", "省考核结果"), (rows["单位工业增加值能耗"].OfficialText, rows["单位工业增加值能耗"].Reached, rows["单位工业增加值能耗"].ValueSource, rows["单位工业增加值能耗"].OfficialSource));
        Assert.Equal(((decimal?)null, (bool?)null, "external"), (rows["两化融合指数"].Value, rows["两化融合指数"].Reached, rows["两化融合指数"].ValueSource));
        // Appendix 1's platform goals are the plan's targets too; the registry cannot sum a platform's output.
        Assert.Equal((350m, "external"), (rows["金义新区信息技术应用创新产业平台（含金华科技城）规上工业总产值"].Target!.Value, rows["金义新区信息技术应用创新产业平台（含金华科技城）规上工业总产值"].ValueSource));
        Assert.Equal("45", rows["先进装备制造业增加值在规模以上工业中的比重"].Target!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_action_plans_evaluation_reads_its_targets_at_its_own_last_year()
    {
        await FixtureAsync();

        var rows = (await App.SendAsync(new GetPlanEvaluation("二次开发2.0"))).Rows.ToDictionary(r => r.Name);

        Assert.Equal((2023, 50m, false, 20m), (rows["工业企业入园率"].Year, rows["工业企业入园率"].Value!.Value, rows["工业企业入园率"].Reached!.Value, rows["工业企业入园率"].Gap!.Value));
        Assert.Equal((3m, true), (rows["R&D支出占主营业务收入的比重"].Value!.Value, rows["R&D支出占主营业务收入的比重"].Reached!.Value));
        Assert.Equal("external", rows["闲置低效工业用地盘活"].ValueSource);
    }

    [Fact]
    public async Task A_township_sees_its_own_share_of_the_plans_targets_and_counts_only_its_own_firms()
    {
        await FixtureAsync();
        await FifteenthPlanAsync();
        await App.SendAsync(new SetPlanTarget("十五五", "1") { Tier = "超亿元", Township = "孝顺镇" });
        await App.SendAsync(new SetPlanTarget("十五五", "2") { Tier = "超亿元", Township = "傅村镇" });

        var townships = await App.SendAsync(new GetTownshipReport(2027));
        var xiaoshun = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "孝顺镇").Select(t => t.Id).SingleAsync());
        App.User.Become(AccountRole.Township, xiaoshun);
        var own = (await App.SendAsync(new GetProgressReport(2027))).Single(r => r.Tier == "超亿元");
        var evaluation = await App.SendAsync(new GetPlanEvaluation("十五五"));

        Assert.Equal(2, townships.Single(r => (r.Township, r.Tier) == ("傅村镇", "超亿元")).Target);
        Assert.Equal((1, 1, "孝顺镇"), (own.Target!.Value, own.Cumulative, own.TargetTownship));
        Assert.DoesNotContain(evaluation.Rows, r => r.Township == "傅村镇");
        Assert.Equal("孝顺镇", evaluation.Rows.Single(r => r.Township is not null).Township);
    }

    private static (decimal?, int, int) Of(IndicatorRow row) => (row.Value, row.Covered, row.Of);

    private static (decimal?, bool?, decimal?, string) Judged(EvaluationRow row) => (row.Value, row.Reached, row.Gap, row.ValueSource);

    private Task<int> TargetIdAsync(string plan, string name) =>
        App.QueryAsync(db => db.PlanTargets.Where(t => t.Name == name && t.TownshipId == null && db.Plans.Any(p => p.Id == t.PlanId && p.Code == plan)).Select(t => t.Id).SingleAsync());

    private async Task FifteenthPlanAsync()
    {
        await App.SendAsync(new AddPlan("十五五", "金东区工业经济“十五五”规划", 2025, 2026, 2030));
        await App.SendAsync(new SetPlanTarget("十五五", "3") { Tier = "超亿元", Base = "1" });
        await App.SendAsync(new SetPlanTarget("十五五", "2") { Tier = "超亿元", Year = 2027 });
        await App.SendAsync(new SetPlanTarget("十五五", "5") { Tier = "规上", Base = "2" });
    }

    private async Task FixtureAsync()
    {
        // The 2027 figures are a year that has ended: the registry refuses figures of a year still running.
        App.Clock.SetUtcNow(new DateTimeOffset(2028, 3, 1, 9, 0, 0, TimeSpan.Zero));
        ids['P'] = await App.FirmAsync("计划测试企业P", township: "孝顺镇");
        ids['Q'] = await App.FirmAsync("计划测试企业Q", target: "超亿元", township: "傅村镇");
        ids['R'] = await App.FirmAsync("计划测试企业R", township: "孝顺镇");
        await App.SendAsync(RecordFigures.Of(ids['P'], 2023, 12_000m, Revenue: 11_000m, Tax: 600m, ValueAdded: 3_000m, Land: 20m, Employees: 100m, Rd: 330m));
        await App.SendAsync(RecordFigures.Of(ids['P'], 2025, 15_000m, Tax: 700m, ValueAdded: 3_600m, Land: 20m, Employees: 120m));
        await App.SendAsync(RecordFigures.Of(ids['P'], 2027, 30_000m));
        await App.SendAsync(RecordFigures.Of(ids['Q'], 2023, 2_500m, Tax: 100m, ValueAdded: 500m, Land: 10m));
        await App.SendAsync(RecordFigures.Of(ids['Q'], 2025, 3_000m, ValueAdded: 600m));
        await App.SendAsync(RecordFigures.Of(ids['Q'], 2027, 4_000m));
        await App.SendAsync(RecordFigures.Of(ids['R'], 2023, 1_000m));
        await App.SendAsync(new SetParkPlace(ids['P'], 2022, Platform: "1"));
        await App.SendAsync(new SetParkPlace(ids['R'], 2021, Outside: true));
    }
}
