using Jindong.Enterprises.Testing;
using System.Text;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// Text that looks like markup — a firm's name, a reason, an uploaded file's name and cells — is
/// shown as text in real Chromium: nothing runs, nothing is parsed, no dialog opens. The check is
/// on the page itself, not only on the CSP that would also stop the script.
/// </summary>
public sealed class ScriptInjectionBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Script = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    [Fact]
    public async Task A_firm_named_like_a_script_is_shown_as_text_on_every_page_that_names_it()
    {
        var id = await app.SendAsAdminAsync(new RegisterEnterprise(Script, "孝顺镇", Target: "超亿元"));
        await app.SendAsAdminAsync(RecordFigures.Of(id, 2021, 3_000m));
        await app.SendAsAdminAsync(RecordFigures.Of(id, 2022, 12_000m));
        await app.SendAsAdminAsync(new SetCultivationTarget(id, "超5亿元", Script));
        await app.SendAsAdminAsync(new StartAnnualReview(2022));
        var page = await app.SignedInPageAsync("admin");
        var alarms = Watch(page);

        foreach (var (path, shown) in new[]
        {
            ("/Firms?q=" + Uri.EscapeDataString("__xss"), Script),
            ($"/Firms/Details/{id}", Script),
            ($"/Firms/Edit/{id}", string.Empty),
            ("/", string.Empty),
            ("/Reviews?year=2022", Script),
            ("/Reports?kind=gaps&year=2022", Script),
            ("/Firms?q=" + Uri.EscapeDataString(Script), string.Empty),
        })
        {
            await page.GotoAsync(path);
            await AssertInertAsync(page, path, shown, alarms);
        }

        // The audit section of the firm's page shows the reason and the before/after JSON.
        await page.GotoAsync($"/Firms/Details/{id}");
        await Assertions.Expect(page.Locator("#audit")).ToContainTextAsync(Script);
        await page.GotoAsync($"/Firms/Edit/{id}");
        Assert.Equal(Script, await page.Locator("input[name='Input.Name']").InputValueAsync());
        await page.GotoAsync("/Firms?q=" + Uri.EscapeDataString(Script));
        Assert.Equal(Script, await page.Locator("input[name='q']").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_uploaded_file_whose_name_and_cells_look_like_scripts_is_previewed_and_imported_as_text()
    {
        // Chromium sends a file name's double quotes as %22 (HTML's multipart rule), so this one has none.
        const string FileName = "<img src=x onerror=window.__xss=3>.csv";
        const string Firm = "<script>window.__xss=4</script>新材料有限公司";
        const string Township = "<img src=x onerror=\"window.__xss=5\">";
        var page = await app.SignedInPageAsync("admin");
        var alarms = Watch(page);
        await page.GotoAsync("/Import");

        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(Csv(FileName, $"企业名称,乡镇街道,工业总产值\n\"{Firm}\",孝顺镇,3000\n"));
        await page.GetByLabel("登记文件中未匹配到的企业（需有乡镇街道列）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await AssertInertAsync(page, "import preview", FileName, alarms);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("2025");

        var id = await app.QueryAsync(db => db.Enterprises.Where(e => e.Name == Firm).Select(e => e.Id).SingleAsync());
        await page.GotoAsync($"/Firms/Details/{id}");
        await AssertInertAsync(page, "imported firm", Firm, alarms);

        await page.GotoAsync("/Import");
        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(Csv("bad.csv", $"企业名称,乡镇街道,工业总产值\n\"{Firm}二\",\"{Township}\",3000\n\"{Firm}三\",孝顺镇,\"{Script}\"\n"));
        await page.GetByLabel("登记文件中未匹配到的企业（需有乡镇街道列）").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-errors")).ToBeVisibleAsync();
        await AssertInertAsync(page, "import errors", string.Empty, alarms);
        await page.Context.CloseAsync();
    }

    /// <summary>Collects dialogs and CSP violations: either means markup from the data was parsed as markup.</summary>
    private static List<string> Watch(IPage page)
    {
        var alarms = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            alarms.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                alarms.Add($"csp at {message.Location}: {message.Text}");
            }
        };
        return alarms;
    }

    private static async Task AssertInertAsync(IPage page, string where, string shown, List<string> alarms)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"{where}: a script from the data ran.");
        // Parsed as markup, the text would be elements even where the CSP keeps them from running.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img[src=\"x\"]').length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.scripts].filter(s => s.text.includes('__xss')).length"));
        Assert.True(alarms.Count == 0, $"{where}: {string.Join("; ", alarms)}");
        if (shown.Length > 0)
        {
            Assert.Contains(shown, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    private static FilePayload Csv(string name, string text) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(text),
    };
}
