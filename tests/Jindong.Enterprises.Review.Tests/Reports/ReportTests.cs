using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Review.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Reports;

/// <summary>
/// The plan reports against a small hand-computed registry (2023 output in 万元):
/// 孝顺镇 — A 1,500 (规下, 智能家居), B 2,000 (规上, 智能家居, target 超亿元), C 10,000 (超亿元, 电动（园林）工具, target 超亿元),
/// H no 2023 figures (2022: 8,000, target 超亿元);
/// 傅村镇 — D 99,999 (超5亿元, 电动（园林）工具, target 超20亿元), E 100,000 (超10亿元, unclassified), F 600,000 (超50亿元, 智能家居),
/// G 300,000 but moved out (never counted). The 100 seeded firms have no figures.
/// </summary>
public sealed class ReportTests : ReviewTest
{
    private const int Year = 2023;

    private readonly Dictionary<char, int> ids = [];

    [Fact]
    public async Task Progress_counts_each_band_and_the_cumulative_at_or_above_beside_the_plan()
    {
        await FixtureAsync();

        var rows = await App.SendAsync(new GetProgressReport(Year));

        Assert.Equal(
            [
                ("规下", 1, 6, (int?)null, (int?)null, (int?)null),
                ("规上", 1, 5, 391, 600, 600),
                ("超亿元", 1, 4, 72, 100, null),
                ("超5亿元", 1, 3, null, null, null),
                ("超10亿元", 1, 2, 0, 10, 8),
                ("超20亿元", 0, 1, 0, 4, 3),
                ("超50亿元", 1, 1, 0, 3, 3),
            ],
            rows.Select(r => (r.Tier, r.Band, r.Cumulative, r.Base, r.Target, r.CultivationGoal)));
        Assert.All(rows, r => Assert.Equal(("十四五", 2020, 2025), (r.Plan, r.BaseYear!.Value, r.TargetYear!.Value)));
    }

    [Fact]
    public async Task The_tier_counts_run_as_one_statement_that_compares_output_natively()
    {
        await FixtureAsync();

        var sql = await App.ExecuteAsyncResult(services =>
        {
            var db = services.GetService(typeof(Jindong.Enterprises.Application.Common.Persistence.IApplicationDbContext)) as Jindong.Enterprises.Infrastructure.Persistence.JindongDbContext;
            var user = (Jindong.Enterprises.Application.Common.Security.ICurrentUser)services.GetService(typeof(Jindong.Enterprises.Application.Common.Security.ICurrentUser))!;
            return Task.FromResult(db!.ActiveTiers(user, new Jindong.Enterprises.Application.Reports.ReportBasis(Year, DateTime.UtcNow, Jindong.Enterprises.Application.Reports.ReportBasisKind.Live, null, null)).GroupBy(t => t.Rank).Select(g => new { g.Key, Count = g.Count() }).ToQueryString());
        });

        Assert.Contains("CASE", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        if (Jindong.Enterprises.Testing.TestDatabase.Provider == Jindong.Enterprises.Infrastructure.Persistence.DatabaseProvider.Sqlite)
        {
            // SQLite stores amounts as integers scaled by 10^4: 规上's 2,000 万元 is compared as the integer 20000000, exactly.
            Assert.Contains(">= 20000000 ", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("REAL", sql, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("ef_compare", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Townships_report_the_same_counts_for_every_township()
    {
        await FixtureAsync();

        var rows = await App.SendAsync(new GetTownshipReport(Year));

        Assert.Equal(11 * 7, rows.Count);
        Assert.Equal([3, 2, 1, 0, 0, 0, 0], rows.Where(r => r.Township == "孝顺镇").Select(r => r.Cumulative));
        Assert.Equal([1, 1, 1, 0, 0, 0, 0], rows.Where(r => r.Township == "孝顺镇").Select(r => r.Band));
        Assert.Equal([3, 3, 3, 3, 2, 1, 1], rows.Where(r => r.Township == "傅村镇").Select(r => r.Cumulative));
        Assert.Equal([0, 0, 0, 1, 1, 0, 1], rows.Where(r => r.Township == "傅村镇").Select(r => r.Band));
        Assert.All(rows.Where(r => r.Township is not ("孝顺镇" or "傅村镇")), r => Assert.Equal((0, 0), (r.Band, r.Cumulative)));
    }

    [Fact]
    public async Task Industries_report_the_counts_per_segment_with_firms_and_the_unclassified()
    {
        await FixtureAsync();

        var rows = await App.SendAsync(new GetIndustryReport(Year));

        Assert.Equal(3 * 7, rows.Count);
        Assert.Equal([3, 2, 1, 1, 1, 1, 1], rows.Where(r => r.Segment == "智能家居").Select(r => r.Cumulative));
        Assert.Equal("先进装备产业", rows.First(r => r.Segment == "智能家居").Category);
        Assert.Equal([2, 2, 2, 1, 0, 0, 0], rows.Where(r => r.Segment == "电动（园林）工具").Select(r => r.Cumulative));
        Assert.Equal([1, 1, 1, 1, 1, 0, 0], rows.Where(r => r.Segment == null).Select(r => r.Cumulative));
    }

    [Fact]
    public async Task Gaps_give_the_latest_output_the_gap_and_the_yearly_growth_needed_by_the_plans_last_year()
    {
        await FixtureAsync();

        var rows = (await App.SendAsync(new GetGapReport(Year))).ToDictionary(r => r.Id);

        // √(10,000 / 2,000) − 1 = 1.2361
        Assert.Equal(new GapRow(ids['B'], "报表测试企业B", "孝顺镇", "超亿元", 2_000m, 2023, 10_000m, 8_000m, 1.2361, "behind", "十四五", 2025), rows[ids['B']]);
        Assert.Equal(("reached", 0m, (double?)null), (rows[ids['C']].Status, rows[ids['C']].Gap, rows[ids['C']].RequiredGrowth));
        // √(200,000 / 99,999) − 1 = 0.4142
        Assert.Equal((1.0m * 100_001, 0.4142), (rows[ids['D']].Gap!.Value, rows[ids['D']].RequiredGrowth!.Value));
        // The latest figures up to 2023 are 2022's: √(10,000 / 8,000) − 1 = 0.1180
        Assert.Equal((8_000m, 2022, 2_000m, 0.1180, true), (rows[ids['H']].Output!.Value, rows[ids['H']].OutputYear!.Value, rows[ids['H']].Gap!.Value, rows[ids['H']].RequiredGrowth!.Value, rows[ids['H']].OlderFigures));
        Assert.False(rows.ContainsKey(ids['A']));
        Assert.Equal(100 + 4, rows.Count);
        Assert.Equal(100, rows.Values.Count(r => r.Status == "no-figures"));
    }

    [Fact]
    public async Task Gaps_in_the_plans_last_year_say_not_reached_without_a_rate_and_mark_older_figures()
    {
        await FixtureAsync();

        var row = (await App.SendAsync(new GetGapReport(2025))).Single(r => r.Id == ids['B']);

        Assert.Equal(("not-reached", 2023, (double?)null, true, 2025), (row.Status, row.OutputYear!.Value, row.RequiredGrowth, row.OlderFigures, row.TargetYear!.Value));
    }

    [Fact]
    public async Task History_lists_every_move_with_its_kind_reason_and_review_year()
    {
        var firm = await App.FirmAsync("历史测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(firm, Year, 12_000m));
        await App.SendAsync(new StartAnnualReview(Year));
        await App.SendAsync(new ApproveAllProposals(Year, "核实通过"));
        await App.SendAsync(new SignOffReview(Year));
        await App.SendAsync(new MoveTier(firm, "超5亿元", 2024, "企业申请，经局务会同意", Override: true));

        var history = await App.SendAsync(new GetTierHistory(firm));

        Assert.Equal("超5亿元", history.CurrentTier);
        Assert.Equal(
            [("initial", (string?)null, "规上", (int?)null), ("review-promotion", "规上", "超亿元", 2023), ("manual", "超亿元", "超5亿元", null)],
            history.Moves.Select(m => (m.Kind, m.From, m.To, m.ReviewYear)));
        Assert.Contains("核实通过", history.Moves[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_township_officer_sees_only_their_own_township_in_the_reports_and_the_review()
    {
        await FixtureAsync();
        await App.SendAsync(new StartAnnualReview(Year));
        var xiaoshun = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "孝顺镇").Select(t => t.Id).SingleAsync());
        App.User.Become(Jindong.Enterprises.Domain.Users.AccountRole.Township, xiaoshun);

        var progress = await App.SendAsync(new GetProgressReport(Year));
        var townships = await App.SendAsync(new GetTownshipReport(Year));
        var review = await App.SendAsync(new GetReview(Year));

        Assert.Equal([3, 2, 1, 0, 0, 0, 0], progress.Select(r => r.Cumulative));
        Assert.Equal(["孝顺镇"], townships.Select(r => r.Township).Distinct());
        Assert.Contains(review.WithoutFigures, f => f.Id == ids['H']);
        var listed = review.WithoutFigures.Select(f => f.Id).ToList();
        var townshipsListed = await App.QueryAsync(db => db.Enterprises.Where(e => listed.Contains(e.Id)).Select(e => e.TownshipId).Distinct().ToListAsync());
        Assert.Equal([xiaoshun], townshipsListed);
    }

    private async Task FixtureAsync()
    {
        ids['A'] = await Firm("A", "孝顺镇", "智能家居", null, 1_500m);
        ids['B'] = await Firm("B", "孝顺镇", "智能家居", "超亿元", 2_000m);
        ids['C'] = await Firm("C", "孝顺镇", "电动（园林）工具", "超亿元", 10_000m);
        ids['D'] = await Firm("D", "傅村镇", "电动（园林）工具", "超20亿元", 99_999m);
        ids['E'] = await Firm("E", "傅村镇", null, null, 100_000m);
        ids['F'] = await Firm("F", "傅村镇", "智能家居", null, 600_000m);
        // G stood on the list from 2022 and moved out in the report's year: not counted at its end.
        ids['G'] = await App.SendAsync(new RegisterEnterprise("报表测试企业G", "傅村镇", null, "智能家居", null, new DateOnly(2022, 1, 1)));
        await App.SendAsync(RecordFigures.Of(ids['G'], Year, 300_000m));
        await App.SendAsync(new MoveOutEnterprise(ids['G'], "迁出金东区", EffectiveOn: new DateOnly(Year, 6, 30)));
        ids['H'] = await App.FirmAsync("报表测试企业H", target: "超亿元", township: "孝顺镇");
        await App.SendAsync(RecordFigures.Of(ids['H'], 2022, 8_000m));
    }

    private async Task<int> Firm(string letter, string township, string? segment, string? target, decimal output)
    {
        var id = await App.FirmAsync($"报表测试企业{letter}", target: target, township: township, segment: segment);
        await App.SendAsync(RecordFigures.Of(id, Year, output));
        return id;
    }
}
