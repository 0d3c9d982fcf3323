using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>Five failed sign-ins lock an account, through the sign-in page and the API alike, and the lockout is audited.</summary>
public sealed class SignInLockoutTests(SecurityWebFactory app) : IClassFixture<SecurityWebFactory>
{
    private const string LockedMessage = "连续登录失败次数过多，账户已锁定，请 15 分钟后再试。";

    [Fact]
    public async Task Five_failed_sign_ins_on_the_page_lock_the_account_and_the_right_password_is_then_refused_in_chinese()
    {
        await app.CreateUserAsync("page-lockout", "viewer");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = await AuthorizationMatrixTests.AntiforgeryTokenAsync(client, "/SignIn");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await SignInOnPageAsync(client, token, "page-lockout", "wrong-password");
            Assert.Contains("用户名或密码错误。", failed, StringComparison.Ordinal);
        }

        Assert.Contains(LockedMessage, await SignInOnPageAsync(client, token, "page-lockout", "wrong-password"), StringComparison.Ordinal);
        var sixth = await SignInOnPageAsync(client, token, "page-lockout", SecurityWebFactory.Password);

        Assert.Contains(LockedMessage, sixth, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/session")).StatusCode);
        await AssertLockoutAuditedOnceAsync("page-lockout");
    }

    [Fact]
    public async Task Five_failed_sign_ins_through_the_api_lock_the_account_and_the_lockout_is_audited_once()
    {
        await app.CreateUserAsync("api-lockout", "township", SecurityWebFactory.Township);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.PostAsJsonAsync("/api/session", new { userName = "api-lockout", password = "wrong-password" });
        }

        var sixth = await client.PostAsJsonAsync("/api/session", new { userName = "api-lockout", password = SecurityWebFactory.Password });
        var seventh = await client.PostAsJsonAsync("/api/session", new { userName = "api-lockout", password = "wrong-password" });

        Assert.Equal(LockedMessage, (await sixth.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString());
        Assert.Contains("已锁定", (await seventh.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(sixth.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("jindong.session=", StringComparison.Ordinal)));
        await AssertLockoutAuditedOnceAsync("api-lockout");
    }

    private static async Task<string> SignInOnPageAsync(HttpClient client, string token, string userName, string password)
    {
        var response = await client.PostAsync("/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task AssertLockoutAuditedOnceAsync(string userName)
    {
        var trail = await app.SendAsAdminAsync(new ListAuditEntries(Limit: 10_000));
        var lockout = Assert.Single(trail, a => a.Command == "SignIn" && a.After is { } after
            && JsonDocument.Parse(after).RootElement.GetProperty("userName").GetString() == userName);
        Assert.Equal("连续 5 次登录失败，账户锁定 15 分钟。", lockout.Reason);
        var until = JsonDocument.Parse(lockout.After!).RootElement.GetProperty("lockedOutUntil").GetDateTime();
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(15), until);
        Assert.Null(lockout.EnterpriseId);
    }
}
