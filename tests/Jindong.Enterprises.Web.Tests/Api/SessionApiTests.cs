using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jindong.Enterprises.Web.Tests.Api;

public sealed class SessionApiTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task An_anonymous_api_request_is_answered_401_with_problem_details()
    {
        var response = await NewClient().GetAsync("/api/firms");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_anonymous_page_request_is_sent_to_the_sign_in_page()
    {
        var response = await NewClient().GetAsync("/Firms");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_cookie_and_tells_who_is_signed_in()
    {
        var client = NewClient();
        var response = await client.PostAsJsonAsync("/api/session", new { userName = "xiaoshun", password = JindongWebFactory.Password });

        var session = await response.JsonAsync();
        Assert.Equal("township", session.GetProperty("role").GetString());
        Assert.Equal("孝顺镇", session.GetProperty("township").GetString());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("jindong.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_401_and_a_chinese_message()
    {
        var response = await NewClient().PostAsJsonAsync("/api/session", new { userName = "admin", password = "wrong-password" });

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("用户名或密码错误。", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Signing_in_without_a_user_name_is_400_with_the_field_message()
    {
        var response = await NewClient().PostAsJsonAsync("/api/session", new { userName = " ", password = "x" });

        Assert.Equal("请填写用户名。", await response.FieldErrorAsync("userName"));
    }

    [Fact]
    public async Task Ten_failed_sign_ins_from_any_computers_lock_the_account_for_fifteen_minutes()
    {
        await app.CreateUserAsync("locked-out", "viewer");
        for (var i = 0; i < 10; i++)
        {
            await NewClient().PostAsJsonAsync("/api/session", new { userName = "locked-out", password = "wrong-password" });
        }

        var refused = await NewClient().PostAsJsonAsync("/api/session", new { userName = "locked-out", password = JindongWebFactory.Password });
        Assert.Equal("用户名或密码错误。", (await refused.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString());

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        var accepted = await NewClient().PostAsJsonAsync("/api/session", new { userName = "locked-out", password = JindongWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.SignedInClientAsync("leader");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/firms")).StatusCode);
    }

    [Fact]
    public async Task Creating_a_user_with_a_short_password_and_a_township_for_a_viewer_is_refused_by_field()
    {
        var exception = await Assert.ThrowsAsync<Application.Common.Exceptions.InputValidationException>(() =>
            app.SendAsAdminAsync(new Application.Users.CreateUser("someone", "short", "viewer", "孝顺镇")));

        Assert.Equal("密码至少 12 个字符。", Assert.Single(exception.Errors["Password"]));
        Assert.Equal("只有乡镇街道账户才能指定乡镇街道。", Assert.Single(exception.Errors["Township"]));
    }
}
