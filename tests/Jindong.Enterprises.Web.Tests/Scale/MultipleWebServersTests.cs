using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.Tests.Security;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Scale;

/// <summary>
/// Two web servers on one registry, as a district runs them behind a reverse proxy: each test's
/// client keeps one cookie jar for both, as a browser does for the one address the proxy gives them.
/// </summary>
public sealed class MultipleWebServersTests(MultipleWebServersTests.TwoServers servers) : IClassFixture<MultipleWebServersTests.TwoServers>
{
    public const string Password = "Two-servers-pa55word";

    [Fact]
    public async Task A_session_started_on_one_server_is_signed_in_on_the_other()
    {
        using var browser = new Browser();
        await browser.SignInAsync(servers.First, "two-servers-admin");

        using var session = await browser.GetAsync(servers.Second, "/api/session");

        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal("two-servers-admin", (await session.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        using var list = await browser.GetAsync(servers.Second, "/Firms");
        Assert.Contains("浙江曙光信息技术有限公司", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_served_by_one_server_is_accepted_by_the_other()
    {
        using var browser = new Browser();
        var token = await AuthorizationMatrixTests.AntiforgeryTokenAsync(browser.For(servers.First), "/SignIn");

        using var signIn = await browser.For(servers.Second).PostAsync("/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "two-servers-viewer",
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(servers.First, "/api/session")).StatusCode);
    }

    [Fact]
    public async Task A_firm_registered_on_one_server_is_counted_listed_and_found_on_the_other_at_once()
    {
        using var browser = new Browser();
        await browser.SignInAsync(servers.First, "two-servers-admin");
        var active = ActiveFirms(await browser.GetStringAsync(servers.Second, "/"));
        var before = await browser.JsonAsync(servers.Second, "/api/firms?township=孝顺镇&page=1&pageSize=1");

        using var registered = await browser.For(servers.First).PostAsJsonAsync("/api/firms", new { name = "金华金东双服务器测试有限公司", township = "孝顺镇" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var after = await browser.JsonAsync(servers.Second, "/api/firms?township=孝顺镇&page=1&pageSize=1");
        Assert.Equal(before.GetProperty("total").GetInt32() + 1, after.GetProperty("total").GetInt32());
        var found = await browser.JsonAsync(servers.Second, "/api/firms?q=双服务器测试");
        Assert.Equal("金华金东双服务器测试有限公司", found.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal(active + 1, ActiveFirms(await browser.GetStringAsync(servers.Second, "/")));
    }

    private static int ActiveFirms(string dashboard) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(dashboard, "在库企业 (?<n>[0-9]+) 家").Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_account_locked_by_failures_on_both_servers_is_locked_on_each()
    {
        // From two addresses, half the failures through each server: neither address is throttled,
        // and neither server alone saw enough failures to lock the account.
        for (var failure = 0; failure < UserAccount.MaxFailedSignIns; failure++)
        {
            using var guesser = new Browser($"10.19.1.{1 + failure % 2}");
            using var failed = await guesser.For(failure % 2 == 0 ? servers.First : servers.Second)
                .PostAsJsonAsync("/api/session", new { userName = "two-servers-locked", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        // The right password from an address with no failures: refused by each server, as a locked account is.
        using var owner = new Browser();
        foreach (var server in new[] { servers.First, servers.Second })
        {
            using var right = await owner.For(server).PostAsJsonAsync("/api/session", new { userName = "two-servers-locked", password = Password });
            Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        }

        Assert.NotNull((await servers.AccountAsync("two-servers-locked")).LockedOutUntil);
    }

    [Fact]
    public async Task A_client_throttled_on_one_server_is_throttled_on_the_other()
    {
        using var guesser = new Browser();
        for (var attempt = 0; attempt < SignInThrottle.MaxFailures; attempt++)
        {
            using var failed = await guesser.For(servers.First).PostAsJsonAsync("/api/session", new { userName = "no-such-account", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var refused = await guesser.For(servers.Second).PostAsJsonAsync("/api/session", new { userName = "two-servers-viewer", password = Password });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var someoneElse = new Browser();
        await someoneElse.SignInAsync(servers.Second, "two-servers-viewer");
    }

    [Fact]
    public async Task Signing_out_on_one_server_ends_the_session_on_the_other()
    {
        using var browser = new Browser();
        await browser.SignInAsync(servers.Second, "two-servers-admin");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(servers.First, "/api/session")).StatusCode);

        using var signOut = await browser.For(servers.First).DeleteAsync("/api/session");

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(servers.Second, "/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(servers.First, "/api/session")).StatusCode);
    }

    /// <summary>
    /// One client behind the reverse proxy: one cookie jar for both servers (cookies are kept per
    /// host, whatever the port) and its own address, which the proxy (here, this machine, which the
    /// servers trust as one) passes on in X-Forwarded-For. Each browser is a new address unless given one.
    /// </summary>
    private sealed class Browser(string? address = null) : IDisposable
    {
        private static int lastAddress;

        private readonly CookieContainer cookies = new();
        private readonly Dictionary<Uri, HttpClient> clients = [];
        private readonly string address = address ?? $"10.19.0.{Interlocked.Increment(ref lastAddress)}";

        public HttpClient For(WebProcess server)
        {
            if (!clients.TryGetValue(server.Address, out var client))
            {
                client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.Address };
                client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
                clients[server.Address] = client;
            }

            return client;
        }

        public async Task SignInAsync(WebProcess server, string userName)
        {
            using var response = await For(server).PostAsJsonAsync("/api/session", new { userName, password = Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        public Task<HttpResponseMessage> GetAsync(WebProcess server, string path) => For(server).GetAsync(path);

        public Task<string> GetStringAsync(WebProcess server, string path) => For(server).GetStringAsync(path);

        public async Task<JsonElement> JsonAsync(WebProcess server, string path) => await For(server).GetFromJsonAsync<JsonElement>(path);

        public void Dispose()
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>A seeded registry with the tests' accounts, and two servers started on it one after the other.</summary>
    public sealed class TwoServers : IAsyncLifetime
    {
        private RegistryHost? registry;

        public WebProcess First { get; private set; } = null!;

        public WebProcess Second { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            registry = RegistryHost.On(await TestDatabase.CreateSeededAsync());
            await registry.SendAsync(new CreateUser("two-servers-admin", Password, "admin"));
            await registry.SendAsync(new CreateUser("two-servers-viewer", Password, "viewer"));
            await registry.SendAsync(new CreateUser("two-servers-locked", Password, "viewer"));
            First = await WebProcess.StartAsync(registry.Database);
            Second = await WebProcess.StartAsync(registry.Database);
        }

        /// <summary>The account as the accounts page lists it.</summary>
        public async Task<UserSummary> AccountAsync(string userName) =>
            (await registry!.SendAsync(new ListUsers())).Single(u => u.Name == userName);

        public async Task DisposeAsync()
        {
            if (First is not null)
            {
                await First.DisposeAsync();
            }

            if (Second is not null)
            {
                await Second.DisposeAsync();
            }

            if (registry is not null)
            {
                await registry.DisposeAsync();
            }
        }
    }
}
