using System.Text.RegularExpressions;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>What bureau staff and township officers do, in a real Chromium.</summary>
public sealed partial class BrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Signing_in_with_the_keyboard_opens_the_dashboard_with_its_charts()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1280, Height = 1400 }, Locale = "zh-CN" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Contains("/SignIn", page.Url, StringComparison.Ordinal);

        await Assertions.Expect(page.GetByLabel("用户名")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(JindongWebFactory.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(app.BaseUrl + "/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "培育进展", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(4, await page.Locator("svg.chart").CountAsync());
        // No review has been run in this registry: the administrator is shown what to do first, with a link to each step.
        await Assertions.Expect(page.Locator("#first-steps a")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#first-steps")).ToContainTextAsync("启动年度评审");
        await Assertions.Expect(page.Locator("svg.chart").First).ToContainTextAsync("超亿元");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory(), "dashboard.png"), FullPage = true });
        await context.CloseAsync();
    }

    [Fact]
    public async Task Filtering_the_list_by_township_and_target_shows_only_matching_firms()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "企业列表" }).ClickAsync();

        await page.GetByLabel("乡镇街道").SelectOptionAsync("孝顺镇");
        await page.GetByLabel("培育目标").SelectOptionAsync("超50亿元");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Assertions.Expect(page.Locator(".count")).ToHaveTextAsync("共 2 家企业");
        var rows = page.Locator("#firms tbody tr");
        Assert.Equal(2, await rows.CountAsync());
        foreach (var row in await rows.AllAsync())
        {
            await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("孝顺镇");
            await Assertions.Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("超50亿元");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "企业名称" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=name"));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_pinyin_initials_in_the_search_box_finds_the_firm()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "企业列表" }).ClickAsync();

        await page.GetByLabel("关键词").FillAsync("zjdzcl");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Assertions.Expect(page.Locator("#firms tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#firms tbody")).ToContainTextAsync("浙江大众齿轮有限公司");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Recording_figures_shows_the_validators_message_beside_the_field_then_records_them()
    {
        var page = await app.SignedInPageAsync("admin");
        var id = await app.FirmIdAsync(15);
        await page.GotoAsync($"/Firms/Details/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "录入年度数据" }).ClickAsync();

        await page.GetByLabel("年度").FillAsync("2025");
        await page.GetByLabel("工业总产值（万元）").FillAsync("-5");
        await page.GetByLabel("税收（万元）").FillAsync("800");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator("#Input_Values_output__error")).ToHaveTextAsync("工业总产值不能为负数。");
        await Assertions.Expect(page.GetByLabel("工业总产值（万元）")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("税收（万元）")).ToHaveValueAsync("800");

        await page.GetByLabel("工业总产值（万元）").FillAsync("123456.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已录入 2025 年度数据");
        await Assertions.Expect(page.Locator("#figures tbody tr").First).ToContainTextAsync("12.35 亿元");
        await page.SetViewportSizeAsync(1280, 1600);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory(), "firm.png"), FullPage = false });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Saving_a_firm_someone_else_saved_first_shows_the_conflict_and_keeps_their_change()
    {
        var first = await app.SignedInPageAsync("admin");
        var second = await first.Context.NewPageAsync();
        var id = await app.FirmIdAsync(12);
        await first.GotoAsync($"/Firms/Edit/{id}");
        await second.GotoAsync($"/Firms/Edit/{id}");

        await first.GetByLabel("企业名称").FillAsync("金华第一次保存有限公司");
        await first.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(first.Locator(".flash")).ToHaveTextAsync("已保存。");

        await second.GetByLabel("企业名称").FillAsync("金华第二次保存有限公司");
        await second.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(second.Locator(".alert")).ToContainTextAsync("该记录已被他人修改，请刷新后重试。");
        await first.ReloadAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("金华第一次保存有限公司");
        await first.Context.CloseAsync();
    }

    [Fact]
    public async Task A_credit_code_that_breaks_a_rule_is_registered_only_with_the_reason_for_an_override()
    {
        var page = await app.SignedInPageAsync("admin");
        await page.GotoAsync("/Firms/Edit");
        await page.GetByLabel("企业名称").FillAsync("金华浏览器早期代码有限公司");
        await page.GetByLabel("乡镇街道").SelectOptionAsync("孝顺镇");
        await page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y44");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("第 18 位校验码不符");
        await page.GetByLabel("代码特批原因").FillAsync("营业执照原件如此，经核实");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.profile")).ToContainTextAsync("（特批：营业执照原件如此，经核实）");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_township_officer_cannot_see_or_change_another_townships_firm()
    {
        var page = await app.SignedInPageAsync("xiaoshun");
        var other = await app.FirmInAsync("江东镇");

        var response = await page.GotoAsync($"/Firms/Details/{other}");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("找不到");

        var api = await page.Context.APIRequest.PutAsync($"/api/firms/{other}", new() { DataObject = new { name = "越权修改" } });
        Assert.Equal(404, api.Status);

        await page.GotoAsync("/Firms?township=江东镇");
        await Assertions.Expect(page.Locator(".count")).ToHaveTextAsync("共 0 家企业");
        await page.GotoAsync("/Firms");
        var townships = await page.Locator("#firms tbody tr td:nth-child(3)").AllTextContentsAsync();
        Assert.NotEmpty(townships);
        Assert.All(townships, t => Assert.Equal("孝顺镇", t));
        Assert.Equal(["", "孝顺镇"], await page.Locator("#township option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_pages_english()
    {
        var page = await app.SignedInPageAsync("leader");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(EnglishDashboard());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Register a firm" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("Cultivation progress")]
    private static partial Regex EnglishDashboard();
}
