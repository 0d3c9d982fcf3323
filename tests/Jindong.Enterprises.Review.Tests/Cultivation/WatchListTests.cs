using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Watch;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Review.Tests.Support;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Cultivation;

/// <summary>
/// The watch lists of 2023 at their default thresholds (小升规 70 % of 2,000 万元, falling margin 10 %,
/// path rate 20 %, jump factor 3), each rule on both sides of its threshold. Figures in 万元.
/// </summary>
public sealed class WatchListTests : ReviewTest
{
    [Fact]
    public async Task Candidates_for_above_scale_are_near_the_threshold_or_cross_it_next_year_at_their_growth()
    {
        var near = await Below("金华预警近规上有限公司", 2022, 1_000m, 2023, 1_400m);       // 70 % of 2,000
        var under = await Below("金华预警差一点有限公司", 2022, 1_399.9999m, 2023, 1_300m);  // fell, and below 70 %
        var growing = await Below("金华预警快增长有限公司", 2022, 900m, 2023, 1_350m);      // 1,350 × 1.5 = 2,025
        var slow = await Below("金华预警慢增长有限公司", 2022, 1_000m, 2023, 1_399m);       // 1,399 × 1.399 = 1,957

        var list = await App.SendAsync(new GetWatchList(2023));

        Assert.Equal(
            [(near, "near-above-scale"), (growing, "growing-to-above-scale")],
            list.Candidates.Where(c => new[] { near, under, growing, slow }.Contains(c.EnterpriseId)).Select(c => (c.EnterpriseId, c.Reason)));
    }

    [Fact]
    public async Task Firms_at_risk_are_below_their_recorded_tier_or_fell_to_within_the_margin_or_are_off_their_targets_path()
    {
        var below = await App.FirmAsync("金华预警低于档次有限公司", 12_000m);
        await App.SendAsync(RecordFigures.Of(below, 2023, 9_000m));
        var nearMargin = await App.FirmAsync("金华预警接近下限有限公司", 12_000m);
        await App.SendAsync(RecordFigures.Of(nearMargin, 2023, 10_999m));
        var atMargin = await App.FirmAsync("金华预警恰在幅度有限公司", 12_000m);
        await App.SendAsync(RecordFigures.Of(atMargin, 2023, 11_000m));
        // To 超10亿元 (100,000) by 2025 from 60,000 in 2023: (100,000 ÷ 60,000)^(1/2) − 1 = 29.1 % a year.
        var offPath = await App.FirmAsync("金华预警偏离路径有限公司", 60_000m, target: "超10亿元");
        await App.SendAsync(RecordFigures.Of(offPath, 2023, 60_000m));
        // From 70,000: 19.5 % a year, within the 20 % path rate.
        var onPath = await App.FirmAsync("金华预警路径正常有限公司", 70_000m, target: "超10亿元");
        await App.SendAsync(RecordFigures.Of(onPath, 2023, 70_000m));

        var list = await App.SendAsync(new GetWatchList(2023));

        var mine = list.AtRisk.Where(f => new[] { below, nearMargin, atMargin, offPath, onPath }.Contains(f.EnterpriseId)).ToDictionary(f => f.EnterpriseId);
        Assert.Equal(["below-recorded-tier", "near-tier-threshold", "off-target-path"], new[] { below, nearMargin, offPath }.Select(id => mine[id].Reason));
        Assert.Equal(0.291m, mine[offPath].NeededGrowth);
        Assert.False(mine.ContainsKey(atMargin));
        Assert.False(mine.ContainsKey(onPath));
    }

    [Fact]
    public async Task Data_quality_flags_stay_open_until_explained_and_an_explained_flag_is_audited()
    {
        var firm = await App.FirmAsync("金华预警数据核查有限公司");
        await App.SendAsync(RecordFigures.Of(firm, 2022, 3_000m, Revenue: 100m, Tax: 2_000m, Land: 10m));
        await App.SendAsync(RecordFigures.Of(firm, 2023, 3_000m, Revenue: 301m, Tax: 3_100m, ValueAdded: 3_000m));
        var other = await App.FirmAsync("金华预警数据正常有限公司");
        await App.SendAsync(RecordFigures.Of(other, 2022, 3_000m, Revenue: 100m, Land: 10m));
        await App.SendAsync(RecordFigures.Of(other, 2023, 3_000m, Revenue: 300m, ValueAdded: 2_999m, Land: 10m));

        var open = (await App.SendAsync(new GetWatchList(2023))).Flags;
        await App.SendAsync(new AcknowledgeFigureCheck(firm, 2023, "tax-above-output", "含以前年度补缴税款"));
        var after = await App.SendAsync(new GetWatchList(2023));
        var again = await Assert.ThrowsAsync<Jindong.Enterprises.Application.Common.Exceptions.RuleViolationException>(() => App.SendAsync(new AcknowledgeFigureCheck(firm, 2023, "tax-above-output", "再说明一次")));
        var none = await Assert.ThrowsAsync<Jindong.Enterprises.Application.Common.Exceptions.RuleViolationException>(() => App.SendAsync(new AcknowledgeFigureCheck(other, 2023, "rise", "无此提示", "revenue")));

        // Revenue ×3.01 rose; tax 3,100 above output; 规上 without land; value added equal to output is not above it.
        Assert.Equal(
            [("rise", "revenue"), ("tax-above-output", null), ("land-missing", null)],
            open.Where(f => f.EnterpriseId == firm).Select(f => (f.Check, f.Measure)));
        Assert.DoesNotContain(open, f => f.EnterpriseId == other);
        Assert.Equal([("rise", "revenue"), ("land-missing", null)], after.Flags.Where(f => f.EnterpriseId == firm).Select(f => (f.Check, f.Measure)));
        Assert.Equal(1, after.Acknowledged);
        Assert.Equal("该企业 2023 年度数据没有待说明的“税收高于产值”提示。", again.Message);
        Assert.Equal("该企业 2023 年度数据没有待说明的“营业收入大幅增长”提示。", none.Message);
        var entry = await App.QueryAsync(db => db.AuditEntries.Where(e => e.EnterpriseId == firm && e.Command == nameof(AcknowledgeFigureCheck)).SingleAsync());
        Assert.Contains("含以前年度补缴税款", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thresholds_are_data_a_stricter_share_changes_the_list_and_an_officer_sees_only_their_township()
    {
        var near = await Below("金华预警阈值测试有限公司", 2022, 1_500m, 2023, 1_500m);
        var elsewhere = await App.FirmAsync("金华预警外乡镇有限公司", township: "傅村镇");
        await App.SendAsync(RecordFigures.Of(elsewhere, 2023, 1_900m));

        await App.SendAsync(new SetWatchThresholds(CandidateShare: 0.8m, Reason: "从严"));
        var strict = await App.SendAsync(new GetWatchList(2023));
        var township = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "孝顺镇").Select(t => t.Id).SingleAsync());
        App.User.Become(AccountRole.Township, township);
        var officer = await App.SendAsync(new GetWatchList(2023));

        Assert.Equal(0.8m, strict.Limits.CandidateShare);
        Assert.DoesNotContain(strict.Candidates, c => c.EnterpriseId == near);
        Assert.Contains(strict.Candidates, c => c.EnterpriseId == elsewhere);
        Assert.DoesNotContain(officer.Candidates, c => c.EnterpriseId == elsewhere);
        Assert.All(officer.Candidates.Concat(officer.AtRisk), f => Assert.Equal("孝顺镇", f.Township));
        await Assert.ThrowsAsync<Jindong.Enterprises.Application.Common.Exceptions.ForbiddenException>(() => App.SendAsync(new SetWatchThresholds(JumpFactor: 5m)));
    }

    /// <summary>A firm whose first figures make it 规下, with a second year.</summary>
    private async Task<int> Below(string name, int firstYear, decimal first, int secondYear, decimal second)
    {
        var id = await App.FirmAsync(name);
        await App.SendAsync(RecordFigures.Of(id, firstYear, first));
        await App.SendAsync(RecordFigures.Of(id, secondYear, second));
        return id;
    }
}
