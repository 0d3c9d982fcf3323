using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Browser;

/// <summary>The firm page's audit trail as a clerk reads it, in a real Chromium.</summary>
public sealed class AuditBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_firm_page_shows_each_audited_change_field_by_field_in_Chinese_with_its_source_and_no_raw_json()
    {
        var id = await app.FirmIdAsync(21);
        await app.SendAsAdminAsync(RecordFigures.Of(id, 2023, 10_000m, Tax: 320m));
        await app.SendAsAdminAsync(RecordFigures.Of(id, 2023, 52_000m, Tax: 900m));
        var page = await app.SignedInPageAsync("admin");

        await page.GotoAsync($"/Firms/Details/{id}");

        var audit = page.Locator("#audit");
        var correction = audit.Locator("tbody tr").First;
        await Assertions.Expect(correction).ToContainTextAsync("录入年度数据");
        await Assertions.Expect(correction).ToContainTextAsync("手工录入");
        await Assertions.Expect(correction.Locator("ul.changes li")).ToHaveTextAsync(
            ["产值对应档次：超亿元 → 超5亿元", "工业总产值（万元）：10,000 → 52,000", "税收（万元）：320 → 900"]);
        var text = await audit.InnerTextAsync();
        foreach (var raw in new[] { "{", "RecordAnnualFigures", "impliedTier", "manual" })
        {
            Assert.DoesNotContain(raw, text, StringComparison.Ordinal);
        }

        await page.GotoAsync($"/culture?lang=en&returnUrl=/Firms/Details/{id}");
        await Assertions.Expect(page.Locator("#audit tbody tr").First.Locator("ul.changes li").Nth(1)).ToHaveTextAsync("Output value (10k yuan)：10,000 → 52,000");
        await page.Context.CloseAsync();
    }
}
