using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

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
        var unknown = await app.QueryAsync(db => db.Enterprises.MaxAsync(e => e.Id)) + 1_000;

        foreach (var (method, path, body) in ChangesAndReads())
        {
            var hidden = await SendAsync(client, method, path(id), body);
            var absent = await SendAsync(client, method, path(unknown), body);

            Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
            Assert.Equal((absent.Status, absent.Title.Replace(unknown.ToString(CultureInfo.InvariantCulture), "{id}", StringComparison.Ordinal)), (hidden.Status, hidden.Title.Replace(id.ToString(CultureInfo.InvariantCulture), "{id}", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Another_townships_firm_forms_answer_404_when_posted_as_for_an_unknown_firm()
    {
        var client = await app.SignedInClientAsync("xiaoshun");
        var id = await app.FirmInAsync("江东镇");
        var token = await Security.AuthorizationMatrixTests.AntiforgeryTokenAsync(client, "/");

        foreach (var (form, fields) in new (string, (string, string)[])[]
        {
            ("Edit", [("Input.Name", "越界改名有限公司"), ("Input.Township", "江东镇")]),
            ("Figures", [("Input.Year", "2024"), ("Input.Output", "100")]),
            ("Tier", [("Input.To", "规上"), ("Input.Year", "2024"), ("Input.Reason", "越界"), ("Input.Override", "true")]),
            ("Target", [("Input.Target", "超5亿元"), ("Input.Reason", "越界")]),
            ("MoveOut", [("Input.Reason", "越界")]),
        })
        {
            var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));
            var response = await client.PostAsync($"/Firms/{form}/{id}", content);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"/Firms/{form}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Registering_a_name_or_credit_code_another_township_holds_is_refused_without_naming_that_firm()
    {
        var client = await app.SignedInClientAsync("xiaoshun");
        var id = await app.FirmInAsync("江东镇");
        var holder = await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync());
        await app.SendAsAdminAsync(new Application.Enterprises.UpdateEnterprise(id, CreditCode: "914403001922038216"));

        var byName = await client.PostAsJsonAsync("/api/firms", new { name = holder.Insert(2, " "), township = "孝顺镇" });
        var byCode = await client.PostAsJsonAsync("/api/firms", new { name = "金华越界信用代码有限公司", township = "孝顺镇", creditCode = "914403001922038216" });

        foreach (var (response, field) in new[] { (byName, "name"), (byCode, "creditCode") })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("已被登记", await response.FieldErrorAsync(field), StringComparison.Ordinal);
            Assert.DoesNotContain(holder, body, StringComparison.Ordinal);
            Assert.DoesNotContain("江东", body, StringComparison.Ordinal);
        }
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

    [Fact]
    public async Task An_import_row_naming_another_townships_firm_gets_the_unknown_firms_message_without_its_credit_code()
    {
        var client = await app.SignedInClientAsync("xiaoshun");
        var id = await app.FirmInAsync("江东镇");
        var holder = await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync());
        await app.SendAsAdminAsync(new Application.Enterprises.UpdateEnterprise(id, CreditCode: "91350100M000100Y43"));

        var byName = await ImportUpload.PreviewPageAsync(client, "names.csv", Encoding.UTF8.GetBytes($"企业名称,统一社会信用代码,工业总产值\n{holder},91370200797522673R,100\n"));
        var byCode = await ImportUpload.PreviewPageAsync(client, "codes.csv", Encoding.UTF8.GetBytes("企业名称,统一社会信用代码,工业总产值\n金华查无此企业有限公司,91350100M000100Y43,100\n"));
        var unknown = await ImportUpload.PreviewPageAsync(client, "unknown.csv", Encoding.UTF8.GetBytes("企业名称,统一社会信用代码,工业总产值\n金华查无此企业有限公司,91370200797522673R,100\n"));

        Assert.DoesNotContain("91350100M000100Y43", byName, StringComparison.Ordinal);
        foreach (var html in new[] { byName, byCode, unknown })
        {
            Assert.Contains("库中没有这家企业", html, StringComparison.Ordinal);
            Assert.DoesNotContain("不一致", html, StringComparison.Ordinal);
            Assert.DoesNotContain("乡镇街道的企业", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_township_dashboard_says_its_targets_are_the_districts()
    {
        var officer = await (await app.SignedInClientAsync("xiaoshun")).GetStringAsync("/");
        var bureau = await (await app.SignedInClientAsync("admin")).GetStringAsync("/");

        Assert.Contains("培育进展（孝顺镇）", officer, StringComparison.Ordinal);
        Assert.Contains("目标为全区目标", officer, StringComparison.Ordinal);
        Assert.DoesNotContain("目标为全区目标", bureau, StringComparison.Ordinal);
    }

    private static IEnumerable<(HttpMethod Method, Func<int, string> Path, object? Body)> ChangesAndReads() =>
    [
        (HttpMethod.Get, id => $"/api/firms/{id}", null),
        (HttpMethod.Get, id => $"/api/firms/{id}/audit", null),
        (HttpMethod.Get, id => $"/api/firms/{id}/target-gap", null),
        (HttpMethod.Put, id => $"/api/firms/{id}", new { name = "越界改名有限公司" }),
        (HttpMethod.Post, id => $"/api/firms/{id}/figures", new { year = 2024, output = 100m }),
        (HttpMethod.Post, id => $"/api/firms/{id}/tier-moves", new { to = "规上", year = 2024, reason = "越界", @override = true }),
        (HttpMethod.Put, id => $"/api/firms/{id}/target", new { target = "超5亿元", reason = "越界" }),
        (HttpMethod.Post, id => $"/api/firms/{id}/move-out", new { reason = "越界" }),
    ];

    private static async Task<(HttpStatusCode Status, string Title)> SendAsync(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.GetProperty("title").GetString()!);
    }
}
