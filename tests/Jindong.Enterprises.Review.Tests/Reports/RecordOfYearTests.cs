using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Review.Tests.Support;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Review.Tests.Reports;

/// <summary>
/// A registry of record: a multi-year story (2022–2024, a dozen firms, reviews signed off in order)
/// prints every report for a year, makes later changes, and prints them again.
/// </summary>
public sealed class RecordOfYearTests : ReviewTest
{
    private static readonly DateOnly ListedOn = new(2022, 1, 1);

    private readonly Dictionary<string, int> firms = [];

    [Fact]
    public async Task Every_report_for_a_signed_off_year_is_the_same_after_later_figures_moves_township_and_target_changes_and_corrections()
    {
        await StoryAsync();
        var before = await ReportsAsync(2023);

        App.Clock.Advance(TimeSpan.FromDays(30));
        await App.SendAsync(RecordFigures.Of(firms["甲"], 2024, 260_000m));
        await App.SendAsync(new MoveOutEnterprise(firms["乙"], "迁往义乌"));
        await App.SendAsync(new UpdateEnterprise(firms["丙"], Township: "傅村镇"));
        await App.SendAsync(new SetCultivationTarget(firms["丁"], "超50亿元", "提高目标"));
        await App.SendAsync(RecordFigures.Of(firms["戊"], 2023, 190_000m));
        await App.SendAsync(new RegisterEnterprise("记录测试后登记企业", "孝顺镇", Target: "超亿元"));
        var after = await ReportsAsync(2023);

        Assert.Equal(before.Progress, after.Progress);
        Assert.Equal(before.Townships, after.Townships);
        Assert.Equal(before.Industries, after.Industries);
        Assert.Equal(before.Gaps.Select(g => g with { CorrectedOutput = null }), after.Gaps.Select(g => g with { CorrectedOutput = null }));
        Assert.Equal(ReportBasisKind.SignedOff, after.Basis.Kind);
        // The correction after sign-off shows beside the output counted, which stays as signed off.
        var corrected = Assert.Single(after.Gaps, g => g.Id == firms["戊"]);
        Assert.Equal((90_000m, (decimal?)190_000m), (corrected.Output!.Value, corrected.CorrectedOutput));
    }

    [Fact]
    public async Task A_year_not_yet_signed_off_counts_each_firm_as_it_stood_at_the_years_end_and_as_of_a_day_as_recorded_by_then()
    {
        await StoryAsync();
        await App.SendAsync(RecordFigures.Of(firms["甲"], 2024, 260_000m));
        await App.SendAsync(RecordFigures.Of(firms["乙"], 2024, 12_000m));
        var recordedDay = DateOnly.FromDateTime(App.Clock.GetUtcNow().AddHours(8).DateTime);
        var before = await ReportsAsync(2024);

        App.Clock.Advance(TimeSpan.FromDays(2));
        await App.SendAsync(new UpdateEnterprise(firms["乙"], Township: "傅村镇"));
        await App.SendAsync(RecordFigures.Of(firms["甲"], 2024, 90_000m));
        var live = await ReportsAsync(2024);
        var asOf = await ReportsAsync(2024, recordedDay);

        // 乙 moved to 傅村镇 in 2026: its 2024 figures still count for 孝顺镇, where it stood at 2024's end.
        Assert.Equal(Band(before, "孝顺镇", "超亿元"), Band(live, "孝顺镇", "超亿元"));
        Assert.Equal((1, 0), (Band(live, "孝顺镇", "超亿元"), Band(live, "傅村镇", "超亿元")));
        Assert.NotEqual(before.Progress, live.Progress);
        Assert.Equal(before.Progress, asOf.Progress);
        Assert.Equal(before.Townships, asOf.Townships);
        Assert.Equal(before.Gaps, asOf.Gaps.Select(g => g with { CorrectedOutput = null }));
        Assert.Equal(ReportBasisKind.AsOf, asOf.Basis.Kind);
    }

    [Fact]
    public async Task A_move_out_dated_within_a_signed_off_year_is_refused_and_one_dated_after_it_leaves_that_year_alone()
    {
        await StoryAsync();
        var before = await ReportsAsync(2023);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new MoveOutEnterprise(firms["乙"], "补记迁出", EffectiveOn: new DateOnly(2023, 11, 30))));
        await App.SendAsync(new MoveOutEnterprise(firms["乙"], "补记迁出", EffectiveOn: new DateOnly(2024, 6, 30)));
        var after = await ReportsAsync(2023);
        var year2024 = await ReportsAsync(2024);

        Assert.Contains("2023 年度评审", refused.Errors["EffectiveOn"].Single(), StringComparison.Ordinal);
        Assert.Equal(before.Progress, after.Progress);
        Assert.DoesNotContain(year2024.Gaps, g => g.Id == firms["乙"]);
        Assert.Contains(after.Gaps, g => g.Id == firms["乙"]);
    }

    /// <summary>A dozen firms in two townships, figures for 2022 and 2023, both years' reviews signed off in order.</summary>
    private async Task StoryAsync()
    {
        (string Name, string Township, string? Segment, string? Target, decimal Output2022, decimal Output2023)[] story =
        [
            ("甲", "孝顺镇", "智能家居", "超20亿元", 150_000m, 210_000m),
            ("乙", "孝顺镇", "智能家居", "超亿元", 8_000m, 11_000m),
            ("丙", "孝顺镇", "电动（园林）工具", "超5亿元", 30_000m, 52_000m),
            ("丁", "傅村镇", "电动（园林）工具", "超10亿元", 70_000m, 95_000m),
            ("戊", "傅村镇", null, "超10亿元", 60_000m, 90_000m),
            ("己", "傅村镇", "智能家居", null, 1_500m, 2_500m),
            ("庚", "孝顺镇", null, null, 500m, 1_800m),
            ("辛", "傅村镇", "智能家居", "超亿元", 12_000m, 9_000m),
            ("壬", "孝顺镇", "电动（园林）工具", null, 101_000m, 99_000m),
            ("癸", "傅村镇", null, "超50亿元", 480_000m, 520_000m),
            ("子", "孝顺镇", "智能家居", null, 20_000m, 21_000m),
            ("丑", "傅村镇", null, null, 3_000m, 3_100m),
        ];
        foreach (var firm in story)
        {
            var id = await App.SendAsync(new RegisterEnterprise($"记录测试企业{firm.Name}", firm.Township, null, firm.Segment, firm.Target, ListedOn));
            firms[firm.Name] = id;
            await App.SendAsync(RecordFigures.Of(id, 2022, firm.Output2022));
            await App.SendAsync(RecordFigures.Of(id, 2023, firm.Output2023));
        }

        foreach (var year in new[] { 2022, 2023 })
        {
            await App.SendAsync(new StartAnnualReview(year));
            await App.SendAsync(new ApproveAllProposals(year, "评审会通过"));
            await App.SendAsync(new SignOffReview(year));
        }
    }

    private static int Band(Reports reports, string township, string tier) => reports.Townships.Single(r => r.Township == township && r.Tier == tier).Band;

    private async Task<Reports> ReportsAsync(int year, DateOnly? asOf = null) => new(
        await App.SendAsync(new GetReportBasis(year, asOf)),
        await App.SendAsync(new GetProgressReport(year, asOf)),
        await App.SendAsync(new GetTownshipReport(year, asOf)),
        await App.SendAsync(new GetIndustryReport(year, asOf)),
        await App.SendAsync(new GetGapReport(year, asOf)));

    private sealed record Reports(
        ReportBasis Basis,
        IReadOnlyList<ProgressRow> Progress,
        IReadOnlyList<TownshipRow> Townships,
        IReadOnlyList<IndustryRow> Industries,
        IReadOnlyList<GapRow> Gaps);
}
