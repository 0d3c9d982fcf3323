using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>What every cookie and every response says about itself: scripts cannot read the session, other sites cannot send or frame it.</summary>
public sealed class CookieAndHeaderTests(SecurityWebFactory app) : IClassFixture<SecurityWebFactory>
{
    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task Every_cookie_is_http_only_same_site_and_secure_exactly_when_served_over_https(string baseAddress, bool secure)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = false });

        var signInPage = await client.GetAsync("/SignIn");
        var session = await client.PostAsJsonAsync("/api/session", new { userName = "admin", password = SecurityWebFactory.Password });
        var culture = await client.GetAsync("/culture?lang=en&returnUrl=/");

        // A deletion (empty and long expired) carries nothing to protect.
        var cookies = new[] { signInPage, session, culture }.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Where(c => !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)).ToList();
        Assert.Contains(cookies, c => c.StartsWith("jindong.session=", StringComparison.Ordinal) && Has(c, "samesite=strict"));
        Assert.Contains(cookies, c => c.StartsWith("jindong.antiforgery=", StringComparison.Ordinal) && Has(c, "samesite=strict"));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.True(Has(c, "httponly"), c);
            Assert.True(Has(c, "samesite=strict") || Has(c, "samesite=lax"), c);
            Assert.True(secure == Has(c, "secure"), c);
        });
    }

    [Theory]
    [InlineData("/SignIn", HttpStatusCode.OK)]
    [InlineData("/Firms", HttpStatusCode.Redirect)]
    [InlineData("/api/firms", HttpStatusCode.Unauthorized)]
    [InlineData("/api/no-such-thing", HttpStatusCode.Unauthorized)]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    public async Task Pages_api_and_static_files_carry_the_security_headers(string path, HttpStatusCode status)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("default-src 'self'", directives["default-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.False(directives.ContainsKey("script-src"), "Scripts fall back to default-src 'self'.");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Signed_in_pages_are_not_kept_in_shared_caches()
    {
        var client = await app.SignedInClientAsync("admin");

        var response = await client.GetAsync($"/Firms/Details/{app.FirmId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    private static bool Has(string cookie, string attribute) =>
        cookie.Split(';', StringSplitOptions.TrimEntries).Any(a => a.Equals(attribute, StringComparison.OrdinalIgnoreCase));
}
