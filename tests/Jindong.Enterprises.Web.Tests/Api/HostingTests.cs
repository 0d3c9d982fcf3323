using System.Net;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jindong.Enterprises.Web.Tests.Api;

public sealed class HostingTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Health_answers_without_signing_in()
    {
        var response = await NewClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_firms_api()
    {
        var document = await (await NewClient().GetAsync("/openapi/v1.json")).JsonAsync();

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/firms", out _));
        Assert.True(paths.TryGetProperty("/api/firms/{id}/figures", out _));
        Assert.True(paths.TryGetProperty("/api/session", out _));
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await NewClient().GetAsync("/SignIn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_are_chinese_by_default_and_english_on_request()
    {
        var client = NewClient();

        var chinese = await (await client.GetAsync("/SignIn")).Content.ReadAsStringAsync();
        var english = await (await client.GetAsync("/SignIn?culture=en")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"zh-CN\">", chinese, StringComparison.Ordinal);
        Assert.Contains("登录", chinese, StringComparison.Ordinal);
        Assert.Contains("Sign in", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_post_without_the_antiforgery_token_is_refused()
    {
        var response = await NewClient().PostAsync("/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = JindongWebFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
