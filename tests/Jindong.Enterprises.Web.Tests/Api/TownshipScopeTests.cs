using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>A township officer (孝顺镇) sees and changes only 孝顺镇's firms, in the API and in the pages.</summary>
public sealed class TownshipScopeTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task The_list_holds_only_the_officers_township_whatever_the_filter_asks()
    {
        var client = await app.SignedInClientAsync("xiaoshun");

        var own = await (await client.GetAsync("/api/firms?pageSize=500")).JsonAsync();
        var other = await (await client.GetAsync("/api/firms?township=江东镇")).JsonAsync();

        Assert.All(own.GetProperty("items").EnumerateArray(), f => Assert.Equal("孝顺镇", f.GetProperty("township").GetString()));
        Assert.Equal(0, other.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Another_townships_firm_is_404_to_read_and_to_change_through_the_api_exactly_as_an_unknown_one()
    {
        var client = await app.SignedInClientAsync("xiaoshun");
        var id = await app.FirmInAsync("江东镇");

        await (await client.GetAsync($"/api/firms/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync($"/api/firms/{id}", new { name = "改名" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024, output = 100m })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/firms/{id}/tier-moves", new { to = "规上", year = 2024, reason = "x", @override = true })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_officer_cannot_register_a_firm_in_another_township()
    {
        var client = await app.SignedInClientAsync("xiaoshun");

        var response = await client.PostAsJsonAsync("/api/firms", new { name = "金华越界登记有限公司", township = "江东镇" });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_officer_records_figures_for_an_own_firm()
    {
        var client = await app.SignedInClientAsync("xiaoshun");
        var id = await app.FirmInAsync("孝顺镇");

        var outcome = await (await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024, output = 3_000m })).JsonAsync();

        Assert.Equal("规上", outcome.GetProperty("impliedTier").GetString());
    }

    [Fact]
    public async Task Another_townships_firm_page_and_its_forms_are_refused()
    {
        var client = await app.SignedInClientAsync("xiaoshun");
        var id = await app.FirmInAsync("江东镇");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Firms/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Firms/Figures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Firms/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Firms/Details/{await app.FirmInAsync("孝顺镇")}")).StatusCode);
    }
}
