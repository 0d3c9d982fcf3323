using System.Globalization;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>
/// The pages held to GB/T 37668-2019 (WCAG 2.1 AA) in Chromium: axe-core on every page state, the
/// charts' label contrast and table equivalents, reflow at 320 px, and a keyboard-only walk of
/// every form, refused and then corrected.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Every_page_state_has_no_axe_violation_and_no_chart_label_below_four_and_a_half_to_one()
    {
        var firm = await app.FirmIdAsync(15);
        await ReviewStartedAsync();
        var failures = new List<string>();
        async Task CheckAsync(IPage page, string state)
        {
            failures.AddRange((await Accessibility.AxeViolationsAsync(page)).Select(v => $"{state}: {v}"));
            failures.AddRange((await Accessibility.LowContrastChartTextAsync(page)).Select(v => $"{state}: chart label {v}"));
        }

        var anonymous = await (await NewContextAsync(1280)).NewPageAsync();
        await anonymous.GotoAsync("/SignIn");
        await CheckAsync(anonymous, "sign-in");
        await anonymous.GetByLabel("用户名").FillAsync("admin");
        await anonymous.GetByLabel("密码").FillAsync("wrong-password");
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await CheckAsync(anonymous, "sign-in refused");
        await anonymous.GotoAsync("/Status?code=404");
        await CheckAsync(anonymous, "status page");
        await anonymous.Context.CloseAsync();

        var page = await app.SessionPageAsync("admin");
        foreach (var path in new[]
        {
            "/", "/?culture=en", "/Firms", "/Firms?township=孝顺镇&target=超50亿元&sort=-name", "/Firms?tier=超100亿元", "/Firms?q=不存在的企业",
            $"/Firms/Details/{firm}", "/Firms/Edit", $"/Firms/Edit/{firm}", $"/Firms/Figures/{firm}", $"/Firms/Tier/{firm}",
            $"/Firms/Target/{firm}", $"/Firms/MoveOut/{firm}", "/Reviews?year=2024", "/Reviews?year=2022", "/Import", "/Users", "/Account/Password",
            "/Reports?kind=progress&year=2024", "/Reports?kind=townships&year=2024", "/Reports?kind=industries&year=2024",
            "/Reports?kind=gaps&year=2024", "/Reports?kind=efficiency&year=2024", "/Firms/Details/987654",
            "/Watch", "/Watch?year=2024&township=孝顺镇", $"/Firms/Designation/{firm}", "/Firms?designation=high-tech", "/Reports?kind=designations&year=2025", "/Reports?kind=expiring&year=2025",
        })
        {
            await page.GotoAsync(path);
            await CheckAsync(page, path);
        }

        await page.GotoAsync("/?culture=zh-CN");
        foreach (var (path, submit) in Refusals(firm))
        {
            await page.GotoAsync(path);
            await submit(page);
            // The form's own save (the accounts page's last form creates an account).
            await page.Locator("main form.form button[type=submit]").Last.ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
            await CheckAsync(page, path + " refused");
        }

        await page.GotoAsync("/Import");
        await page.GetByLabel("年度").FillAsync("2024");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "bad.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("企业名称,工业总产值\n不存在的公司,abc\n") });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-errors")).ToBeVisibleAsync();
        await CheckAsync(page, "import refused");
        await page.CloseAsync();

        var officer = await app.SessionPageAsync("xiaoshun");
        await officer.GotoAsync("/");
        await CheckAsync(officer, "township dashboard");
        await officer.CloseAsync();

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_counts_on_the_pyramids_bands_read_at_four_and_a_half_to_one()
    {
        var page = await app.SessionPageAsync("leader");
        await page.GotoAsync("/");

        var labels = await Accessibility.LabelsOnBandsAsync(page);

        Assert.Equal(7, labels.Count);
        Assert.All(labels, label => Assert.True(label.Ratio >= 4.5, $"{label.Label}: {label.Ratio:0.00} : 1"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_pyramid_township_and_industry_charts_each_have_a_table_with_their_numbers()
    {
        var page = await app.SessionPageAsync("leader");
        await page.GotoAsync("/");

        foreach (var chart in new[] { "档次金字塔", "按乡镇街道分布", "按产业分布" })
        {
            var details = page.Locator("details.chart-data").Filter(new() { HasText = chart });
            await details.Locator("summary").ClickAsync();
            var table = details.GetByRole(AriaRole.Table, new() { Name = chart });
            await Assertions.Expect(table).ToBeVisibleAsync();
            Assert.True(await table.Locator("tbody tr").CountAsync() > 0, chart);
        }

        var pyramid = page.Locator("details.chart-data").Filter(new() { HasText = "档次金字塔" });
        await Assertions.Expect(pyramid.Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("超50亿元");
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Firms/Details/{firm}")]
    [InlineData("/Reviews?year=2024")]
    [InlineData("/Firms")]
    public async Task A_page_reflows_at_320_pixels_without_scrolling_sideways(string path)
    {
        await ReviewStartedAsync();
        var page = await app.SessionPageAsync("admin");
        await page.SetViewportSizeAsync(320, 900);

        await page.GotoAsync(path.Replace("{firm}", (await app.FirmIdAsync(15)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Empty(await Accessibility.SidewaysOverflowAsync(page));
        await page.CloseAsync();
    }

    public static TheoryData<string> Forms() => ["/Firms/Edit", "/Firms/Edit/{firm}", "/Firms/Figures/{firm}", "/Firms/Tier/{firm}", "/Firms/Target/{firm}", "/Firms/MoveOut/{firm}", "/Firms/Designation/{firm}", "/Firms/Park/{firm}", "/Users", "/Account/Password"];

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_form_is_walked_with_the_keyboard_alone_and_a_refused_submit_focuses_a_summary_tied_to_its_fields(string form)
    {
        var firm = await app.FirmIdAsync(20);
        var path = form.Replace("{firm}", firm.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var page = await app.SessionPageAsync("admin");
        await page.GotoAsync(path);
        var (_, refuse) = Refusals(firm).Single(r => r.Path == path);
        await refuse(page);

        var controls = await page.Locator("main form.form :is(input:not([type=hidden]), select, textarea, button, a[href])").CountAsync();
        var reached = new List<string>();
        await page.Locator("main h1").ClickAsync();
        for (var presses = 0; presses < 150 && reached.Count < controls; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("() => document.activeElement.closest('main form.form') ? (document.activeElement.id || document.activeElement.textContent.trim()) : null");
            if (focused is not null)
            {
                reached.Add(focused);
                var contrast = await Accessibility.FocusIndicatorContrastAsync(page);
                Assert.True(contrast >= 3, $"{path}: the focus on {focused} shows at {contrast:0.00} : 1");
            }
        }

        Assert.Equal(controls, reached.Count);
        for (var back = 0; back < 3 && !await page.EvaluateAsync<bool>("() => document.activeElement.type === 'submit'"); back++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();

        var link = summary.Locator("a").First;
        var field = page.Locator((await link.GetAttributeAsync("href"))!);
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var message = page.Locator("#" + (await field.GetAttributeAsync("aria-describedby"))!.Split(' ').Last());
        await Assertions.Expect(message).ToHaveTextAsync((await link.TextContentAsync())!);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(field).ToBeFocusedAsync();
        foreach (var required in await page.Locator("main form.form [required]").AllAsync())
        {
            await Assertions.Expect(required).ToHaveAttributeAsync("aria-required", "true");
        }

        await page.CloseAsync();
    }

    /// <summary>Each form, and what to type (with the keyboard) so that saving it is refused.</summary>
    private static IEnumerable<(string Path, Func<IPage, Task> Refuse)> Refusals(int firm)
    {
        var id = firm.ToString(CultureInfo.InvariantCulture);
        yield return ("/Firms/Edit", _ => Task.CompletedTask);
        yield return ($"/Firms/Edit/{id}", page => page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y44"));
        yield return ($"/Firms/Figures/{id}", page => page.GetByLabel("工业总产值（万元）").FillAsync("-5"));
        yield return ($"/Firms/Tier/{id}", page => page.GetByRole(AriaRole.Textbox, new() { Name = "原因", Exact = true }).FillAsync(string.Empty));
        yield return ($"/Firms/Target/{id}", page => page.GetByRole(AriaRole.Textbox, new() { Name = "原因", Exact = true }).FillAsync(string.Empty));
        yield return ($"/Firms/MoveOut/{id}", page => page.GetByRole(AriaRole.Textbox, new() { Name = "原因", Exact = true }).FillAsync(string.Empty));
        yield return ($"/Firms/Designation/{id}", _ => Task.CompletedTask);
        yield return ($"/Firms/Park/{id}", _ => Task.CompletedTask);
        yield return ("/Users", _ => Task.CompletedTask);
        yield return ("/Account/Password", _ => Task.CompletedTask);
    }

    /// <summary>The 2024 review, started once for the tests of this class that show it.</summary>
    private async Task ReviewStartedAsync()
    {
        try
        {
            await app.SendAsAdminAsync(new StartAnnualReview(2024));
        }
        catch (Application.Common.Exceptions.RuleViolationException)
        {
            // Started by an earlier test of the class.
        }
    }

    private async Task<IBrowserContext> NewContextAsync(int width)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = width, Height = 900 }, Locale = "zh-CN" });
        context.SetDefaultTimeout(30_000);
        return context;
    }
}
