using System.Text;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>The bureau's plan pages in a real Chromium: a new plan, its targets by form and by file, the dashboard and the evaluation.</summary>
public sealed class PlanBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_bureau_adds_the_fifteenth_plan_sets_its_targets_and_sees_it_on_the_dashboard()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "规划", Exact = true }).ClickAsync();
        await page.GetByLabel("代号").FillAsync("十五五");
        await page.GetByLabel("名称").FillAsync("金东区工业经济“十五五”规划");
        await page.GetByLabel("基年").FillAsync("2025");
        await page.GetByLabel("首年").FillAsync("2026");
        await page.GetByLabel("末年").FillAsync("2030");
        await page.GetByRole(AriaRole.Button, new() { Name = "新增规划期" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已新增规划“十五五”");

        await page.Locator("#Input_Tier").SelectOptionAsync("超亿元");
        await page.GetByLabel("目标值（按原文，如 150、22以上）").FillAsync("很多");
        await page.GetByRole(AriaRole.Button, new() { Name = "设置目标" }).ClickAsync();
        await Assertions.Expect(page.Locator("#target-form")).ToContainTextAsync("须为不小于 0 的整数");
        await page.GetByLabel("目标值（按原文，如 150、22以上）").FillAsync("150");
        await page.GetByRole(AriaRole.Button, new() { Name = "设置目标" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已保存目标“年产值超亿元工业企业数量”");

        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "targets.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("档次,目标值,乡镇街道\n超亿元,30,孝顺镇\n超10亿元,,\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入目标文件" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("第3行 目标值");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "targets.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("档次,目标值,乡镇街道\n超亿元,30,孝顺镇\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "导入目标文件" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("新增 1 项");
        await Assertions.Expect(page.Locator("#targets")).ToContainTextAsync("孝顺镇");

        await page.GetByRole(AriaRole.Link, new() { Name = "在首页查看进度" }).ClickAsync();
        await Assertions.Expect(page.Locator("#shown-plan")).ToContainTextAsync("十五五");
        await Assertions.Expect(page.Locator("#progress")).ToContainTextAsync("2030 年目标");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_evaluation_page_lists_every_target_and_takes_an_official_figure()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GotoAsync("/Plans/Evaluation?code=" + Uri.EscapeDataString("十四五"));
        await Assertions.Expect(page.Locator("#evaluation tbody tr")).ToHaveCountAsync(49);

        await page.GetByLabel("目标", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = await DigitalEconomyOptionAsync(page) });
        await page.GetByLabel("官方数值（按目标单位）").FillAsync("46.2");
        await page.GetByLabel("来源", new() { Exact = true }).FillAsync("2025年金东区统计公报");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存官方数据" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已录入“数字经济增加值占GDP比重”的官方数据");
        await Assertions.Expect(page.Locator("#evaluation")).ToContainTextAsync("2025年金东区统计公报");
        await page.Context.CloseAsync();
    }

    private static async Task<string> DigitalEconomyOptionAsync(IPage page) =>
        (await page.Locator("#Input_TargetId option").AllTextContentsAsync()).Single(o => o.Contains("· 数字经济增加值占GDP比重 ·", StringComparison.Ordinal)).Trim();
}
