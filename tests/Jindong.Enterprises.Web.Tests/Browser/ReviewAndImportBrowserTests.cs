using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>The review panel's year and the bureau's yearly import, in a real Chromium.</summary>
public sealed class ReviewAndImportBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reviewer_runs_the_review_decides_each_proposal_and_signs_it_off()
    {
        var page = await app.SignedInPageAsync("panel");
        await page.GetByRole(AriaRole.Link, new() { Name = "年度评审" }).ClickAsync();
        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "启动 2024 年度评审" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("已启动 2024 年度评审");
        var rows = page.Locator("#proposals tbody tr");
        Assert.True(await rows.CountAsync() >= 2);
        var firstFirm = await rows.Nth(0).Locator("td a").TextContentAsync();
        // The firms the review cannot judge are named, each a link to its page.
        await Assertions.Expect(page.Locator("#without-figures h2")).ToContainTextAsync("2024 年无数据的企业");
        Assert.True(await page.Locator("#without-figures li").CountAsync() > 0);
        await Assertions.Expect(page.Locator("#without-figures li a").First).ToHaveAttributeAsync("href", new Regex("^/Firms/Details/\\d+$"));

        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert")).ToContainTextAsync("请填写原因。");

        await rows.Nth(0).GetByRole(AriaRole.Textbox).FillAsync("产值经统计局核实");
        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "批准" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("已批准该调档建议。");
        await rows.Nth(1).GetByRole(AriaRole.Textbox).FillAsync("数据待复核");
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToHaveTextAsync("已驳回该调档建议。");
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory(), "review.png") });

        await page.GetByLabel("批量批准原因").FillAsync("其余建议经评审组审议通过");
        await page.GetByRole(AriaRole.Button, new() { Name = "批准全部待定建议" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "签发评审" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("2024 年度评审已签发");
        await Assertions.Expect(page.Locator("#review-status")).ToHaveTextAsync("已签发");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "签发评审" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = firstFirm! }).ClickAsync();
        await Assertions.Expect(page.Locator("#tier-history")).ToContainTextAsync("评审");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_import_file_is_refused_row_by_row_then_a_good_one_is_previewed_and_confirmed()
    {
        var names = await app.QueryAsync(db => db.Enterprises.Where(e => e.ListNo == 30 || e.ListNo == 31).OrderBy(e => e.ListNo).Select(e => e.Name).ToListAsync());
        var page = await app.SignedInPageAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "导入年度数据" }).ClickAsync();

        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(Csv("bad.csv", $"企业名称,工业总产值(万元),税收(万元)\n{names[0]},-12,30\n{names[1]},abc,40\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-errors")).ToContainTextAsync("未导入任何数据");
        // Each bad cell once, in row order, with its value as the file has it; not repeated in an error summary.
        var rows = page.Locator("#import-errors tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator("td").Nth(0)).ToHaveTextAsync("2");
        await Assertions.Expect(rows.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("工业总产值(万元)");
        await Assertions.Expect(rows.Nth(0).Locator("td").Nth(2)).ToHaveTextAsync("-12");
        await Assertions.Expect(rows.Nth(1).Locator("td").Nth(2)).ToHaveTextAsync("abc");
        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载错误清单（.xlsx）" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var report = new Workbook(await File.ReadAllBytesAsync((await download.PathAsync())!)))
        {
            var header = report.RowWith("行");
            Assert.Equal(["行", "列", "文件中的值", "原因"], report.Rows[header].Select(Workbook.Text).ToArray());
            Assert.Equal(["2", "工业总产值(万元)", "-12"], report.Rows[header + 1].Select(Workbook.Text).Take(3).ToArray());
            Assert.Equal(["3", "工业总产值(万元)", "abc"], report.Rows[header + 2].Select(Workbook.Text).Take(3).ToArray());
        }

        await page.GotoAsync("/Import");
        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2025");
        await page.GetByLabel("文件", new() { Exact = true }).SetInputFilesAsync(Csv("good.csv", $"企业名称,工业总产值(万元),税收(万元)\n{names[0]},15000,300\n{names[1]},26000,420\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-preview")).ToContainTextAsync("将新增 2 条");
        Assert.Equal(0, await app.QueryAsync(db => db.AnnualFigures.CountAsync(f => f.Year == 2025 && (f.Values.OutputWan == 15000m || f.Values.OutputWan == 26000m))));

        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();

        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("新增 2 条");
        Assert.Equal(2, await app.QueryAsync(db => db.AnnualFigures.CountAsync(f => f.Year == 2025 && (f.Values.OutputWan == 15000m || f.Values.OutputWan == 26000m))));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reports_show_in_the_page_and_download_as_excel()
    {
        var page = await app.SignedInPageAsync("leader");
        await page.GetByRole(AriaRole.Link, new() { Name = "统计报表" }).ClickAsync();
        await page.GetByLabel("报表", new() { Exact = true }).SelectOptionAsync("townships");
        await page.GetByLabel("年度", new() { Exact = true }).FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report")).ToContainTextAsync("孝顺镇");
        // The matrix: a row per township, its total the sum of its row, and the grand total the sum of the totals.
        var matrix = page.Locator("#township-matrix");
        await Assertions.Expect(matrix.Locator("tbody th").First).ToBeVisibleAsync();
        var rowTotals = (await matrix.Locator("tbody tr td:last-child").AllTextContentsAsync()).Select(t => int.Parse(t, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        var grand = int.Parse((await matrix.Locator("tfoot td:last-child").TextContentAsync())!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(rowTotals.Sum(), grand);
        Assert.Contains("孝顺镇", await matrix.Locator("tbody th").AllTextContentsAsync());

        // The industries report counts the same firms, every segment shown, with subtotals per industry and category.
        await page.GotoAsync("/Reports?kind=industries&year=2024");
        var industries = page.Locator("#industry-matrix");
        Assert.Equal(grand, int.Parse((await industries.Locator("tfoot td:last-child").TextContentAsync())!, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.True(await industries.Locator("tr.empty").CountAsync() > 0);
        await Assertions.Expect(industries.Locator("tr.subtotal th").First).ToContainTextAsync("小计");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Excel" }).ClickAsync());

        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = await download.PathAsync();
        Assert.True(new FileInfo(file).Length > 0);
        await page.Context.CloseAsync();
    }

    private static FilePayload Csv(string name, string text) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
    };
}
