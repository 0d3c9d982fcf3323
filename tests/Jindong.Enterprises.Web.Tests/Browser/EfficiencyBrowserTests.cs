using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>The bureau's 亩均 year in a real Chromium: the method page, the run, a firm's explanation and what-if.</summary>
public sealed class EfficiencyBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_bureau_runs_the_year_and_a_firms_class_is_explained_line_by_line_with_its_what_if()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "亩均评价" }).ClickAsync();
        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "计算 2023 年度评价" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("2023 年度已计算");
        await Assertions.Expect(page.Locator("#evaluation-status")).ToHaveTextAsync("已计算，待公示");
        var rows = page.Locator("#results tbody tr");
        Assert.True(await rows.CountAsync() >= 80);
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory(), "efficiency.png") });

        await rows.Nth(0).Locator("td a").ClickAsync();
        await Assertions.Expect(page.Locator("#explanation")).ToContainTextAsync("全区同类企业第 1 名");
        await Assertions.Expect(page.Locator("#lines tbody tr")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#lines")).ToContainTextAsync("缺失：取同类企业该指标平均分");
        await page.GetByLabel("目标类别").SelectOptionAsync("A");
        await page.GetByRole(AriaRole.Button, new() { Name = "测算" }).ClickAsync();
        await Assertions.Expect(page.Locator("#whatif")).ToContainTextAsync("已达到 A 类");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_township_checks_and_objects_on_the_page_and_the_bureau_publishes_decides_and_finalizes()
    {
        // 2022 has no sample figures: three 孝顺镇 and three 江东镇 firms at 3, 6 … 18 万元/亩, ranked six together.
        const int year = 2022;
        await app.SendAsAdminAsync(new CopyEfficiencyMethod(year, FromYear: 2023));
        var terms = (await app.SendAsAdminAsync(new GetEfficiencyMethod(year))).Terms;
        await app.SendAsAdminAsync(new DefineEfficiencyMethod(year, terms with { MinimumRanked = 3 }));
        var xiaoshun = await FirmsAsync("孝顺镇");
        var jiangdong = await FirmsAsync("江东镇");
        var tax = 30m;
        foreach (var firm in xiaoshun.Concat(jiangdong))
        {
            await app.SendAsAdminAsync(RecordFigures.Of(firm.Id, year, 10_000m, Tax: tax, Land: 10m));
            tax += 30m;
        }

        var bureau = await app.SignedInPageAsync("admin");
        await bureau.GotoAsync($"/Efficiency?year={year}");
        await bureau.GetByRole(AriaRole.Button, new() { Name = $"计算 {year} 年度评价" }).ClickAsync();
        await Assertions.Expect(bureau.Locator(".flash")).ToContainTextAsync("评价 6 家");

        var township = await app.SignedInPageAsync("xiaoshun");
        await township.GotoAsync($"/Efficiency?year={year}");
        var rows = township.Locator("#results tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        // The lowest 孝顺镇 firm is 6th of the six district-wide, not 3rd of its township's three.
        await Assertions.Expect(rows.Filter(new() { HasText = xiaoshun[0].Name })).ToContainTextAsync("6/6");
        await township.GetByLabel($"对“{xiaoshun[0].Name}”的决定原因").FillAsync("用地面积应为 5 亩");
        await rows.Filter(new() { HasText = xiaoshun[0].Name }).GetByRole(AriaRole.Button, new() { Name = "反馈数据问题" }).ClickAsync();
        await Assertions.Expect(township.Locator(".flash")).ToContainTextAsync("已登记数据问题");

        await bureau.GotoAsync($"/Efficiency?year={year}");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "公示", Exact = true }).ClickAsync();
        await Assertions.Expect(bureau.Locator(".alert")).ToContainTextAsync("数据问题未处理");
        await bureau.GetByLabel($"对“{xiaoshun[0].Name}”的决定原因").Last.FillAsync("已核实用地");
        await bureau.Locator("#flags").GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(bureau.Locator(".flash")).ToContainTextAsync("已驳回数据问题");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "公示", Exact = true }).ClickAsync();
        await Assertions.Expect(bureau.Locator("#evaluation-status")).ToHaveTextAsync("公示中");

        await township.GotoAsync($"/Efficiency?year={year}");
        var objecting = township.Locator("#results tbody tr").Filter(new() { HasText = xiaoshun[1].Name });
        await objecting.GetByLabel($"对“{xiaoshun[1].Name}”的决定原因").FillAsync("研发费用未计入");
        await objecting.GetByLabel("证明材料").FillAsync("金东经商〔2022〕8号");
        await objecting.GetByRole(AriaRole.Button, new() { Name = "登记异议" }).ClickAsync();
        await Assertions.Expect(township.Locator(".flash")).ToContainTextAsync("已登记异议");

        await bureau.GotoAsync($"/Efficiency?year={year}");
        await Assertions.Expect(bureau.Locator("#objections")).ToContainTextAsync("金东经商〔2022〕8号");
        await bureau.Locator("#objections").GetByLabel($"对“{xiaoshun[1].Name}”的决定原因").FillAsync("凭证不全");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "不成立" }).ClickAsync();
        await Assertions.Expect(bureau.Locator(".flash")).ToContainTextAsync("异议已决定：C → C");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "定稿" }).ClickAsync();
        await Assertions.Expect(bureau.Locator(".alert")).ToContainTextAsync("公示期满后");
        await bureau.Context.CloseAsync();
        await township.Context.CloseAsync();

        app.Clock.Advance(TimeSpan.FromDays(8));
        bureau = await app.SignedInPageAsync("admin");
        await bureau.GotoAsync($"/Efficiency?year={year}");
        await bureau.GetByRole(AriaRole.Button, new() { Name = "定稿" }).ClickAsync();
        // Only the first firm, at exactly 3 万元/亩, is under the line: 「3万元以下」 includes 3.
        await Assertions.Expect(bureau.Locator(".flash")).ToContainTextAsync("新建整治台账 1 件");
        await Assertions.Expect(bureau.Locator("#evaluation-status")).ToHaveTextAsync("已定稿");
        await bureau.Context.CloseAsync();

        township = await app.SignedInPageAsync("xiaoshun");
        await township.GotoAsync($"/Firms/Details/{xiaoshun[0].Id}");
        await Assertions.Expect(township.Locator("#efficiency")).ToContainTextAsync("整治台账（2022 年度，责任乡镇 孝顺镇）");
        var plan = township.Locator("form").Filter(new() { Has = township.GetByLabel("整治方式") });
        await plan.GetByLabel("整治方式").SelectOptionAsync(new SelectOptionValue { Label = "改造" });
        await plan.GetByLabel("完成期限").FillAsync("2026-12-31");
        await plan.GetByLabel("已开始整治").CheckAsync();
        await plan.GetByLabel("备注 / 办结情况").FillAsync("技改扩税");
        await plan.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(township.Locator(".flash")).ToContainTextAsync("已更新整治台账");
        await Assertions.Expect(township.Locator(".case-status")).ToHaveTextAsync("整治中");
        await Assertions.Expect(township.Locator(".case")).ToContainTextAsync("2026-12-31");
        await township.Context.CloseAsync();
    }

    [Fact]
    public async Task A_broken_method_edit_is_refused_naming_its_line_and_the_text_stays_as_typed()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GotoAsync("/Efficiency/Method?year=2023");
        await Assertions.Expect(page.Locator("#indicators tbody tr")).ToHaveCountAsync(6);

        await page.GetByLabel("修改办法（JSON）").FillAsync("{\n  \"name\": \"黄岩\",\n  oops\n}");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert")).ToContainTextAsync("方法文件第 3 行");
        await Assertions.Expect(page.GetByLabel("修改办法（JSON）")).ToHaveValueAsync("{\n  \"name\": \"黄岩\",\n  oops\n}");
        await page.Context.CloseAsync();
    }

    private Task<List<(int Id, string Name)>> FirmsAsync(string township) => app.QueryAsync(async db =>
        (await (from e in db.Enterprises
                join t in db.Townships on e.TownshipId equals t.Id
                where t.Name == township
                orderby e.ListNo
                select new { e.Id, e.Name }).Take(3).ToListAsync())
        .Select(f => (f.Id, f.Name))
        .ToList());
}
