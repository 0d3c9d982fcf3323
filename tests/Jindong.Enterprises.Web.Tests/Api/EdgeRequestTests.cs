using System.Net;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>Requests at the edges: odd return addresses, page numbers past any list, and what caches may keep.</summary>
public sealed class EdgeRequestTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Theory]
    [InlineData("/\\evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\t/evil.example/")]
    public async Task Choosing_the_language_with_a_return_address_elsewhere_goes_home_instead(string returnUrl)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/culture?lang=en&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Choosing_the_language_returns_to_the_page_it_was_chosen_on()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/culture?lang=en&returnUrl={Uri.EscapeDataString("/Firms?page=2")}");

        Assert.Equal("/Firms?page=2", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(67_108_865, 64)]
    [InlineData(2_147_483_647, 10_000)]
    public async Task A_page_number_past_the_end_is_an_empty_page_however_large(int page, int pageSize)
    {
        var client = await app.SignedInClientAsync("admin");

        var list = await (await client.GetAsync($"/api/firms?page={page}&pageSize={pageSize}")).JsonAsync();
        var html = await client.GetStringAsync($"/Firms?p={page}");

        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        Assert.Equal(page, list.GetProperty("page").GetInt32());
        Assert.Equal(100, list.GetProperty("total").GetInt32());
        Assert.DoesNotContain("浙江曙光信息技术有限公司", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/firms")]
    [InlineData("/api/firms/1")]
    [InlineData("/api/session")]
    [InlineData("/api/reports/gaps?year=2023")]
    [InlineData("/api/reports/gaps?year=2023&format=csv")]
    [InlineData("/api/reports/progress?year=2023&format=xlsx")]
    [InlineData("/api/no-such-thing")]
    public async Task Api_answers_and_downloads_are_never_stored_by_a_cache(string path)
    {
        var client = await app.SignedInClientAsync("admin");

        var response = await client.GetAsync(path);

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
