using System.Text;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Review.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Cultivation;

/// <summary>
/// Designations by year against a hand-computed fixture (the clock on 2026-12-01):
/// A 孝顺镇 — 高企 2022 (valid to 2024-12-31) and its renewal 2025 (to 2027-12-31); 市级研发中心 2023.
/// B 孝顺镇 — 高企 2023 (to 2025-12-31), revoked from 2024-06-30; 挂牌 新三板 2022.
/// C 傅村镇 — 高企 2024 (to 2026-12-31); 省级研发中心 2021; 市级研发中心 2022.
/// D 傅村镇 — 上市 创业板 2021, delisted from 2025-03-01.
/// </summary>
public sealed class DesignationReportTests : ReviewTest
{
    private readonly Dictionary<char, int> ids = [];

    [Fact]
    public async Task The_end_of_2024_counts_what_held_then_with_the_years_changes_beside_the_plans_targets()
    {
        await FixtureAsync();

        var report = await App.SendAsync(new GetDesignationReport(2024));

        var highTech = Row(report, null, "国家高新技术企业");
        // Held: A (its 2022 grant's last day) and C; new: C; revoked: B; nothing ran out during 2024.
        Assert.Equal((2, 1, 0, 1, 0), (highTech.Held, highTech.New, highTech.Expired, highTech.Revoked, highTech.Delisted));
        Assert.Equal(("国家高新技术企业", 2, 120m, 240m, false, "十四五：表4-1 第800行"), (highTech.Counts, highTech.Counted!.Value, highTech.Base!.Value, highTech.Target!.Value, highTech.Reached!.Value, highTech.TargetSource));
        Assert.Equal((1, 0, 1), (Row(report, "孝顺镇", "国家高新技术企业").Held, Row(report, "孝顺镇", "国家高新技术企业").New, Row(report, "孝顺镇", "国家高新技术企业").Revoked));
        Assert.Equal((1, 1), (Row(report, "傅村镇", "国家高新技术企业").Held, Row(report, "傅村镇", "国家高新技术企业").New));
        // 市级及以上研发中心: C holds two levels and counts once; A one: 2 firms, beside 180 → 330.
        Assert.Equal((2, "市级及以上研发中心", 2, 330m), (Row(report, null, "市级研发中心").Held, Row(report, null, "市级研发中心").Counts, Row(report, null, "市级研发中心").Counted!.Value, Row(report, null, "市级研发中心").Target!.Value));
        Assert.Equal((1, 2), (Row(report, null, "省级研发中心").Held, Row(report, null, "省级研发中心").Counted!.Value));
        // 上市或挂牌: D listed (until 2025) and B quoted, toward 翻倍 of 70.
        Assert.Equal(("上市或挂牌企业", 2, 70m, 140m, "翻倍"), (Row(report, null, "上市企业").Counts, Row(report, null, "上市企业").Counted!.Value, Row(report, null, "上市企业").Base!.Value, Row(report, null, "上市企业").Target!.Value, Row(report, null, "上市企业").TargetText));
        // Held on 2024-12-31 and running out within twelve months: A's 2022 grant (its last day).
        Assert.Equal([(ids['A'], "国家高新技术企业", new DateOnly(2024, 12, 31))], report.Expiring.Select(e => (e.EnterpriseId, e.Designation, e.ValidTo)));
        Assert.DoesNotContain(report.Rows, r => r.Township is not null && r.Held + r.New + r.Expired + r.Revoked + r.Delisted == 0);
    }

    [Fact]
    public async Task The_end_of_2025_counts_the_renewal_the_run_out_grant_and_the_delisting()
    {
        await FixtureAsync();

        var report = await App.SendAsync(new GetDesignationReport(2025));

        var highTech = Row(report, null, "国家高新技术企业");
        // Held: A (renewed 2025) and C; new: A's renewal; expired: A's 2022 grant, which ran out on 2025-01-01.
        Assert.Equal((2, 1, 1, 0), (highTech.Held, highTech.New, highTech.Expired, highTech.Revoked));
        Assert.Equal((0, 1, 1), (Row(report, null, "上市企业").Held, Row(report, null, "上市企业").Delisted, Row(report, null, "上市企业").Counted!.Value));
        Assert.Equal([(ids['C'], new DateOnly(2026, 12, 31))], report.Expiring.Select(e => (e.EnterpriseId, e.ValidTo)));
    }

    [Fact]
    public async Task The_plans_evaluation_counts_the_designations_instead_of_asking_for_external_data()
    {
        await FixtureAsync();

        var evaluation = await App.SendAsync(new GetPlanEvaluation("十四五"));

        var highTech = evaluation.Rows.Single(r => r.Subject == "国家高新技术企业");
        Assert.Equal(("computed", 2m), (highTech.ValueSource, highTech.Value!.Value));
        Assert.Equal([ids['A'], ids['C']], highTech.Firms!.Select(f => f.Id).Order());
    }

    [Fact]
    public async Task A_township_officer_counts_only_their_township_and_sees_no_district_target()
    {
        await FixtureAsync();
        var township = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "孝顺镇").Select(t => t.Id).SingleAsync());
        App.User.Become(AccountRole.Township, township);

        var report = await App.SendAsync(new GetDesignationReport(2024));

        Assert.Equal((1, (string?)null), (Row(report, null, "国家高新技术企业").Held, Row(report, null, "国家高新技术企业").Counts));
        Assert.DoesNotContain(report.Rows, r => r.Township == "傅村镇");
        Assert.DoesNotContain(report.Expiring, e => e.EnterpriseId != ids['A']);
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetFirmDesignations(ids['C'])));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GrantDesignation(ids['C'], "high-tech", 2026)));
    }

    [Fact]
    public async Task Grants_are_refused_with_a_reason_and_change_nothing()
    {
        await FixtureAsync();
        var before = await App.QueryAsync(db => db.Designations.CountAsync());

        var future = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new GrantDesignation(ids['A'], "high-tech", 2027)));
        var duplicate = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new GrantDesignation(ids['A'], "国家高新技术企业", 2025)));
        var board = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new GrantDesignation(ids['A'], "上市", 2026)));
        var ambiguous = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new GrantDesignation(ids['A'], "隐形冠军", 2026)));
        var grant = (await App.SendAsync(new GetFirmDesignations(ids['A'])))[0];
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new EndDesignation(ids['A'], grant.Id, "revoked", "复核未通过", new DateOnly(2020, 1, 1))));

        Assert.Contains("2027", future.Errors["Year"][0], StringComparison.Ordinal);
        Assert.Equal("该企业已有 2025 年度的“国家高新技术企业”。", duplicate.Errors["Year"][0]);
        Assert.Equal("“上市企业”须填写板块：沪深主板、创业板、科创板、北交所、境外。", board.Message);
        Assert.Contains("省级隐形冠军企业", ambiguous.Errors["Kind"][0], StringComparison.Ordinal);
        Assert.Equal("终止日期 2020-01-01 早于认定年度 2025 年。", early.Message);
        Assert.Equal(before, await App.QueryAsync(db => db.Designations.CountAsync()));
    }

    [Fact]
    public async Task A_correction_changes_only_what_it_is_given_and_clearing_is_explicit()
    {
        await FixtureAsync();
        var grant = (await App.SendAsync(new GetFirmDesignations(ids['A']))).Single(d => d.Year == 2025 && d.Kind == "high-tech");

        var corrected = await App.SendAsync(new CorrectDesignation(ids['A'], grant.Id, Announcement: "浙科发高〔2025〕1号"));
        var cleared = await App.SendAsync(new CorrectDesignation(ids['A'], grant.Id, Clear: ["number"]));

        Assert.Equal(("GR2025A", new DateOnly(2027, 12, 31), "浙科发高〔2025〕1号"), (corrected.Number, corrected.ValidTo!.Value, corrected.Announcement));
        Assert.Equal(((string?)null, new DateOnly(2027, 12, 31), "浙科发高〔2025〕1号"), (cleared.Number, cleared.ValidTo!.Value, cleared.Announcement));
    }

    [Fact]
    public async Task An_announcement_list_is_all_or_nothing_and_importing_it_again_adds_nothing()
    {
        await FixtureAsync();
        var before = await App.QueryAsync(db => db.Designations.CountAsync());
        var bad = "企业名称,认定年度,证书编号\n浙江大众齿轮有限公司,2026,GR1\n金华市无此企业有限公司,2026,GR2\n浙江大众齿轮有限公司,二〇二六,GR3\n";

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new ImportDesignations("2026高企.csv", Kind: "high-tech") { Content = Csv(bad) }));
        var good = "2026年国家高新技术企业名单\n企业名称,证书编号\n浙江大众齿轮有限公司,GR2026001\n";
        var first = await App.SendAsync(new ImportDesignations("2026高企.csv", Kind: "high-tech", Year: 2026) { Content = Csv(good) });
        var again = await App.SendAsync(new ImportDesignations("2026高企.csv", Kind: "high-tech", Year: 2026) { Content = Csv(good) });

        Assert.Equal(["第3行 企业名称", "第4行 认定年度"], refused.Errors.Keys.Order());
        Assert.Equal((1, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, 1), (again.Added, again.Unchanged));
        Assert.Equal(before + 1, await App.QueryAsync(db => db.Designations.CountAsync()));
        var firm = await App.QueryAsync(db => db.Enterprises.Where(e => e.Name == "浙江大众齿轮有限公司").Select(e => e.Id).SingleAsync());
        var imported = (await App.SendAsync(new GetFirmDesignations(firm))).Single();
        Assert.Equal(("GR2026001", new DateOnly(2028, 12, 31), "2026高企.csv", true), (imported.Number, imported.ValidTo!.Value, imported.Announcement, imported.Held));
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static DesignationCountRow Row(DesignationReport report, string? township, string designation) =>
        report.Rows.Single(r => r.Township == township && r.Designation == designation);

    private async Task FixtureAsync()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        ids['A'] = await App.SendAsync(new RegisterEnterprise("金华认定测试甲有限公司", "孝顺镇", null, null, null));
        ids['B'] = await App.SendAsync(new RegisterEnterprise("金华认定测试乙有限公司", "孝顺镇", null, null, null));
        ids['C'] = await App.SendAsync(new RegisterEnterprise("金华认定测试丙有限公司", "傅村镇", null, null, null));
        ids['D'] = await App.SendAsync(new RegisterEnterprise("金华认定测试丁有限公司", "傅村镇", null, null, null));
        await App.SendAsync(new GrantDesignation(ids['A'], "high-tech", 2022, Number: "GR2022A"));
        await App.SendAsync(new GrantDesignation(ids['A'], "国家高新技术企业", 2025, Number: "GR2025A"));
        await App.SendAsync(new GrantDesignation(ids['A'], "研发中心", 2023, Level: "市级"));
        var revoked = await App.SendAsync(new GrantDesignation(ids['B'], "high-tech", 2023));
        await App.SendAsync(new EndDesignation(ids['B'], revoked.Id, "revoked", "复核不合格", new DateOnly(2024, 6, 30)));
        await App.SendAsync(new GrantDesignation(ids['B'], "挂牌企业", 2022, Board: "新三板"));
        await App.SendAsync(new GrantDesignation(ids['C'], "high-tech", 2024));
        await App.SendAsync(new GrantDesignation(ids['C'], "rd-centre-provincial", 2021));
        await App.SendAsync(new GrantDesignation(ids['C'], "rd-centre-municipal", 2022));
        var listed = await App.SendAsync(new GrantDesignation(ids['D'], "listed", 2021, Board: "创业板"));
        await App.SendAsync(new EndDesignation(ids['D'], listed.Id, "delisted", "主动退市", new DateOnly(2025, 3, 1)));
    }
}
