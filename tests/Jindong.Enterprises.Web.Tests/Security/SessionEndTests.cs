using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// A session cookie is checked against its account on every request: signing out, a new password,
/// disabling, another role or township, or the account's removal end it — a copy of the cookie,
/// kept or stolen, stops working at once.
/// </summary>
public sealed class SessionEndTests(SecurityWebFactory app) : IClassFixture<SecurityWebFactory>
{
    [Fact]
    public async Task A_session_cookie_replayed_after_signing_out_is_refused_as_is_every_other_session_of_the_account()
    {
        await app.CreateUserAsync("replayer", "viewer");
        var (client, cookie) = await SignInAsync("replayer");
        var (_, elsewhere) = await SignInAsync("replayer");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/session")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(cookie, "/api/firms"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(elsewhere, "/api/firms"));
        Assert.StartsWith("/SignIn", await RedirectWithCookieAsync(cookie, "/Firms"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_ones_password_ends_the_accounts_other_sessions_and_keeps_this_one()
    {
        await app.CreateUserAsync("changer", "viewer");
        var (client, _) = await SignInAsync("changer");
        var (_, other) = await SignInAsync("changer");
        var token = await AuthorizationMatrixTests.AntiforgeryTokenAsync(client, "/Account/Password");

        var changed = await client.PostAsync("/Account/Password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = JindongWebFactory.Password,
            ["Input.NewPassword"] = "a-brand-new-passphrase",
            ["Input.ConfirmPassword"] = "a-brand-new-passphrase",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/firms")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(other, "/api/firms"));
        Assert.Equal(HttpStatusCode.OK, (await NewClient().PostAsJsonAsync("/api/session", new { userName = "changer", password = "a-brand-new-passphrase" })).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_or_setting_its_password_ends_its_sessions_at_once()
    {
        await app.CreateUserAsync("leaver", "township", SecurityWebFactory.Township);
        await app.CreateUserAsync("forgetful", "viewer");
        var (_, leaver) = await SignInAsync("leaver");
        var (_, forgetful) = await SignInAsync("forgetful");

        await app.SendAsAdminAsync(new DisableUser("leaver"));
        await app.SendAsAdminAsync(new SetUserPassword("forgetful"));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(leaver, "/api/firms"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(forgetful, "/api/firms"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await NewClient().PostAsJsonAsync("/api/session", new { userName = "leaver", password = JindongWebFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task A_new_role_or_township_ends_the_sessions_granted_the_old_one()
    {
        await app.CreateUserAsync("demoted", "township", SecurityWebFactory.Township);
        var (_, officer) = await SignInAsync("demoted");
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(officer, $"/api/firms/{app.FirmId}"));

        await app.SendAsAdminAsync(new SetUserRole("demoted", "township", SecurityWebFactory.OtherTownship));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(officer, $"/api/firms/{app.FirmId}"));
        var (again, _) = await SignInAsync("demoted");
        Assert.Equal(SecurityWebFactory.OtherTownship, (await (await again.GetAsync("/api/session")).JsonAsync()).GetProperty("township").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await again.GetAsync($"/api/firms/{app.FirmId}")).StatusCode);
    }

    [Fact]
    public async Task A_removed_account_has_no_session_once_the_short_cache_has_passed()
    {
        await app.CreateUserAsync("removed", "viewer");
        var (_, cookie) = await SignInAsync("removed");
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(cookie, "/api/firms"));

        await app.QueryAsync(db => db.Users.Where(u => u.UserName == "removed").ExecuteDeleteAsync());
        app.Clock.Advance(SessionStamps.Lifetime);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusWithCookieAsync(cookie, "/api/firms"));
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A signed-in client, and its session cookie as a header another client can replay.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string userName)
    {
        var client = NewClient();
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password = JindongWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jindong.session=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    private async Task<HttpStatusCode> StatusWithCookieAsync(string cookie, string path)
    {
        using var response = await SendWithCookieAsync(cookie, path);
        return response.StatusCode;
    }

    private async Task<string> RedirectWithCookieAsync(string cookie, string path)
    {
        using var response = await SendWithCookieAsync(cookie, path);
        return response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString ?? string.Empty;
    }

    private Task<HttpResponseMessage> SendWithCookieAsync(string cookie, string path)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
