using Jindong.Enterprises.Web.Tests.Support;
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
}
