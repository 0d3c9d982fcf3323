using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// Another site cannot make a signed-in user's browser change anything: every page form needs the
/// anti-forgery token, and the API takes no form-encoded, plain-text or cross-origin write.
/// </summary>
public sealed class CrossSiteRequestTests(SecurityWebFactory app) : IClassFixture<SecurityWebFactory>
{
    /// <summary>The status page also shows re-executed failed POSTs; it changes nothing, so it takes no token.</summary>
    private static readonly string[] WithoutToken = ["POST /Status"];

    [Fact]
    public async Task Every_page_form_refuses_a_post_without_a_valid_token_and_changes_nothing()
    {
        var forms = (await AuthorizationMatrixTests.MappedEndpointsAsync(app.Services))
            .Where(e => !e.IsApi && e.Method == "POST" && !WithoutToken.Contains(e.Key))
            .ToList();
        Assert.True(forms.Count >= 12, $"Only {forms.Count} page forms found.");
        var client = await app.SignedInClientAsync("admin");
        var valid = await AuthorizationMatrixTests.AntiforgeryTokenAsync(client, "/");
        var before = await app.WritesAsync();

        var wrong = new List<string>();
        foreach (var form in forms)
        {
            var entry = AccessRules.Table[form.Key];
            foreach (var token in new[] { null, "CfDJ8forged", valid[..^4] + "AAAA" })
            {
                var probe = new Probe(app, Caller.Admin, token, () => Task.FromResult(Guid.NewGuid().ToString("N")));
                using var request = new HttpRequestMessage(HttpMethod.Post, form.Url.Replace("{firm}", probe.Id, StringComparison.Ordinal) + entry.Query)
                {
                    Content = await entry.Body!(probe),
                };
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    wrong.Add($"{form.Key} with token '{token}': {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await app.WritesAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task The_status_page_is_the_only_form_without_a_token_and_changes_nothing()
    {
        var client = await app.SignedInClientAsync("admin");
        var before = await app.WritesAsync();

        var response = await client.PostAsync("/Status?code=404", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await app.WritesAsync());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "approve=true&reason=x")]
    [InlineData("text/plain", "{\"approve\":true,\"reason\":\"x\"}")]
    [InlineData("multipart/form-data; boundary=x", "--x--")]
    public async Task A_cross_site_form_post_to_the_api_with_the_session_cookie_changes_nothing(string contentType, string body)
    {
        var writes = (await AuthorizationMatrixTests.MappedEndpointsAsync(app.Services))
            .Where(e => e.IsApi && e.Method is "POST" or "PUT" or "DELETE")
            .ToList();
        var client = await app.SignedInClientAsync("admin");
        var before = await app.WritesAsync();

        var answers = new List<string>();
        // A year without a review: starting one needs no body, so only the content type can refuse it.
        foreach (var url in writes.Select(e => e.Url.Replace("{firm}", app.FirmId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Append("/api/reviews/2024").Distinct())
        {
            foreach (var method in writes.Where(e => e.Url == url).Select(e => e.Method).DefaultIfEmpty("POST"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8) };
                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.UnsupportedMediaType)
                {
                    answers.Add($"{method} {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(answers);
        Assert.Equal(before, await app.WritesAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/session")).StatusCode);
    }

    [Fact]
    public async Task The_api_refuses_a_form_post_with_a_chinese_problem()
    {
        var client = await app.SignedInClientAsync("admin");

        var response = await client.PostAsync("/api/reviews/2024", new FormUrlEncodedContent([]));

        var problem = await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("API 只接受 JSON 请求（Content-Type: application/json）。", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "https://localhost")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_json_write_the_browser_says_comes_from_another_origin_is_refused(string header, string value)
    {
        var client = await app.SignedInClientAsync("admin");
        var before = await app.WritesAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/firms/{app.FirmId}/figures")
        {
            Content = JsonContent.Create(new { year = 2021, output = 9_000m }),
        };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("跨站请求已被拒绝：请在本系统的页面中操作。", problem.GetProperty("title").GetString());
        Assert.Equal(before, await app.WritesAsync());
    }

    [Fact]
    public async Task A_json_write_from_the_registrys_own_origin_is_accepted()
    {
        var client = await app.SignedInClientAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/firms/{app.FirmId}/figures")
        {
            Content = JsonContent.Create(new { year = 2020, output = 9_000m }),
        };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
