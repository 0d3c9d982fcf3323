using System.Net;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// The web host on a real Kestrel port on 127.0.0.1, and Debian's Chromium driven by Playwright
/// (never a downloaded browser). Firms get two years of figures so the charts have something to draw.
/// </summary>
public sealed class BrowserFixture : JindongWebFactory
{
    private IPlaywright? playwright;

    public BrowserFixture() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => ServerAddress.ToString().TrimEnd('/');

    /// <summary>docs/screenshots in the repository.</summary>
    public static string ScreenshotDirectory() => RepositoryFiles.Path("docs", "screenshots");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        await RecordSampleFiguresAsync();
        // Generous waits: CI runs every test project at once on two cores.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> SignedInPageAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/SignIn");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    private readonly Dictionary<string, Task<IBrowserContext>> sessions = new(StringComparer.Ordinal);

    /// <summary>
    /// A new page in one signed-in session per user, kept for the fixture's tests: each sign-in
    /// hashes a password, and tests that only look at pages need not pay for it again.
    /// </summary>
    public async Task<IPage> SessionPageAsync(string userName)
    {
        Task<IBrowserContext> session;
        lock (sessions)
        {
            if (!sessions.TryGetValue(userName, out session!))
            {
                session = sessions[userName] = SignInContextAsync(userName);
            }
        }

        return await (await session).NewPageAsync();
    }

    private async Task<IBrowserContext> SignInContextAsync(string userName)
    {
        var page = await SignedInPageAsync(userName);
        var context = page.Context;
        await page.CloseAsync();
        return context;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Outputs around each Appendix-4 firm's target threshold, so some firms reached it and some did not.</summary>
    private async Task RecordSampleFiguresAsync()
    {
        var firms = await QueryAsync(db => db.Enterprises.Where(e => e.ListNo != null && e.ListNo > 10)
            .Select(e => new { e.Id, ListNo = e.ListNo!.Value, e.Target }).ToListAsync());
        foreach (var firm in firms)
        {
            var threshold = (firm.Target ?? Tier.Over100Million).ThresholdWan();
            var factor = 0.55m + (firm.ListNo * 37 % 60) / 100m;
            await SendAsAdminAsync(RecordFigures.Of(firm.Id, 2023, decimal.Round(threshold * factor * 0.9m), Tax: 300m, Land: 60m));
            await SendAsAdminAsync(RecordFigures.Of(firm.Id, 2024, decimal.Round(threshold * factor), Tax: 340m, Land: 60m));
        }
    }
}
