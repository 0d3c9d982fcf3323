using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>The cultivation programmes in a real Chromium: a township officer records a designation and acts on the watch list.</summary>
public sealed class CultivationBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_records_a_designation_on_the_firm_page_and_the_list_shows_its_badge()
    {
        var firm = await app.FirmInAsync("孝顺镇");
        var page = await app.SignedInPageAsync("xiaoshun");
        await page.GotoAsync($"/Firms/Details/{firm}");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记认定" }).ClickAsync();

        await page.GetByLabel("认定类型").SelectOptionAsync(new SelectOptionValue { Label = "国家高新技术企业" });
        await page.GetByLabel("认定年度").FillAsync("2030");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("form.card")).ToContainTextAsync("认定年度 2030 还没到");

        await page.GetByLabel("认定年度").FillAsync("2025");
        await page.GetByLabel("证书编号").FillAsync("GR202533009999");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已登记认定");
        await Assertions.Expect(page.Locator("#designation-list")).ToContainTextAsync("GR202533009999");
        await Assertions.Expect(page.Locator("#designation-list")).ToContainTextAsync("2027-12-31");

        await page.GotoAsync("/Firms?designation=high-tech");
        await Assertions.Expect(page.Locator("table .badge")).ToHaveTextAsync(["国家高新技术企业"]);
        await page.Context.CloseAsync();

        var viewer = await app.SignedInPageAsync("leader");
        await Assertions.Expect(viewer.Locator("#first-steps")).ToHaveCountAsync(0);
        await viewer.GotoAsync($"/Firms/Details/{firm}");
        await Assertions.Expect(viewer.Locator("#designation-list")).ToContainTextAsync("国家高新技术企业");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "登记认定" })).ToHaveCountAsync(0);
        await viewer.Context.CloseAsync();
    }

    [Fact]
    public async Task An_officer_sees_a_candidate_and_a_flag_and_an_explained_flag_leaves_the_open_list()
    {
        var firm = await app.FirmInAsync("孝顺镇");
        await app.SendAsAdminAsync(RecordFigures.Of(firm, 2024, 1_400m));
        await app.SendAsAdminAsync(RecordFigures.Of(firm, 2025, 1_500m, Tax: 1_600m));
        var page = await app.SignedInPageAsync("xiaoshun");

        await page.GetByRole(AriaRole.Link, new() { Name = "预警", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#candidates")).ToContainTextAsync("产值接近规上标准");
        await Assertions.Expect(page.Locator("#flag-list")).ToContainTextAsync("税收高于产值");

        await page.Locator("#flag-list input[name=explanation]").First.FillAsync("含以前年度补缴税款");
        await page.Locator("#flag-list").GetByRole(AriaRole.Button, new() { Name = "说明" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已记录情况说明");
        await Assertions.Expect(page.Locator("#flags")).Not.ToContainTextAsync("税收高于产值");
        await Assertions.Expect(page.Locator("#flags")).ToContainTextAsync("已说明 1 条");

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#watch")).ToContainTextAsync("孝顺镇");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_officer_records_where_a_firm_stands_in_parks_and_the_firm_page_keeps_the_history()
    {
        var firm = await app.FirmInAsync("孝顺镇");
        var page = await app.SignedInPageAsync("xiaoshun");
        await page.GotoAsync($"/Firms/Details/{firm}");
        await page.GetByRole(AriaRole.Link, new() { Name = "登记入园" }).ClickAsync();

        await page.GetByLabel("自年份").FillAsync("2022");
        await page.GetByLabel("所在园区").SelectOptionAsync("other-park");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator("form.card")).ToContainTextAsync("选择“其他园区”时请填写园区名称");

        await page.GetByLabel("所在园区").SelectOptionAsync("outside");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("入园情况已登记");

        await page.GetByRole(AriaRole.Link, new() { Name = "登记入园" }).ClickAsync();
        await page.GetByLabel("自年份").FillAsync("2024");
        await page.GetByLabel("所在园区").SelectOptionAsync(new SelectOptionValue { Label = "和华小微企业创业园（孝顺镇）" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.Locator("#park-list tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#park-list tbody tr").First).ToContainTextAsync("2024小微企业园和华小微企业创业园");
        await Assertions.Expect(page.Locator("#park-list tbody tr").Last).ToContainTextAsync("2022园区外");
        await page.Context.CloseAsync();

        var viewer = await app.SignedInPageAsync("leader");
        await viewer.GotoAsync($"/Firms/Details/{firm}");
        await Assertions.Expect(viewer.Locator("#park-list")).ToContainTextAsync("和华小微企业创业园");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "登记入园" })).ToHaveCountAsync(0);
        await viewer.Context.CloseAsync();
    }
}
