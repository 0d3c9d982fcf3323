using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>The API holds requests to the contract its OpenAPI document publishes, and answers in it.</summary>
public sealed class ApiContractTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task A_misspelt_decision_field_is_400_naming_it_and_decides_nothing()
    {
        var firm = await app.FirmIdAsync(70);
        await app.SendAsAdminAsync(RecordFigures.Of(firm, 2021, 1_500m));
        await app.SendAsAdminAsync(RecordFigures.Of(firm, 2022, 12_000m));
        await app.SendAsAdminAsync(new StartAnnualReview(2022));
        var panel = await app.SignedInClientAsync("panel");

        var response = await panel.PostAsJsonAsync($"/api/reviews/2022/proposals/{firm}", new { approved = true, reason = "同意" });

        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("本接口没有字段“approved”，请检查拼写。", errors.GetProperty("approved")[0].GetString());
        Assert.Equal("缺少必填字段“approve”。", errors.GetProperty("approve")[0].GetString());
        Assert.Equal(ProposalDecision.Pending, await app.QueryAsync(db => db.ReviewProposals.Where(p => p.EnterpriseId == firm).Select(p => p.Decision).SingleAsync()));
    }

    [Fact]
    public async Task Every_endpoint_with_a_body_refuses_an_unknown_field_and_names_every_missing_required_one()
    {
        var admin = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(71);
        var audits = await app.QueryAsync(db => db.AuditEntries.CountAsync());
        var checkedEndpoints = 0;
        foreach (var (method, route, required) in BodyEndpoints())
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Fill(route, firm))
            {
                Content = new StringContent("""{"unknownField":true}""", Encoding.UTF8, "application/json"),
            };
            using var response = await admin.SendAsync(request);

            var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
            Assert.True(errors.TryGetProperty("unknownField", out _), $"{method} {route}: {errors}");
            Assert.All(required, field => Assert.True(errors.TryGetProperty(field, out _), $"{method} {route} does not name {field}: {errors}"));
            checkedEndpoints++;
        }

        Assert.True(checkedEndpoints >= 9, $"Only {checkedEndpoints} endpoints take a JSON body.");
        Assert.Equal(audits, await app.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("""{"year":"2024","output":100}""", "year", "整数")]
    [InlineData("""{"year":2024,"output":"100"}""", "output", "数字")]
    [InlineData("""{"year":2024.5,"output":100}""", "year", "整数")]
    [InlineData("""{"year":null,"output":100}""", "year", "整数")]
    [InlineData("""{"year":2024,"output":100,"employees":true}""", "employees", "整数")]
    public async Task A_value_of_the_wrong_type_is_400_naming_the_field_and_what_it_takes(string body, string field, string expected)
    {
        var admin = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(72);

        var response = await admin.PostAsync($"/api/firms/{firm}/figures", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal($"字段“{field}”的值无效：应为{expected}。", await response.FieldErrorAsync(field));
        Assert.Equal(0, await app.QueryAsync(db => db.AnnualFigures.CountAsync(f => f.EnterpriseId == firm)));
    }

    [Fact]
    public async Task A_misspelt_measure_is_400_naming_it_and_a_null_measure_clears_only_that_one()
    {
        var admin = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(75);
        await (await admin.PostAsJsonAsync($"/api/firms/{firm}/figures", new { year = 2024, output = 3_000m, tax = 90m, land = 12m })).JsonAsync();

        var misspelt = await admin.PostAsync($"/api/firms/{firm}/figures", new StringContent("""{"year":2024,"tx":95}""", Encoding.UTF8, "application/json"));
        await (await admin.PostAsync($"/api/firms/{firm}/figures", new StringContent("""{"year":2024,"tax":null}""", Encoding.UTF8, "application/json"))).JsonAsync();

        Assert.Equal("本接口没有字段“tx”，请检查拼写。", await misspelt.FieldErrorAsync("tx"));
        var year = (await (await admin.GetAsync($"/api/firms/{firm}")).JsonAsync()).GetProperty("figures")[0];
        Assert.Equal((3_000m, JsonValueKind.Null, 12m), (year.GetProperty("output").GetDecimal(), year.GetProperty("tax").ValueKind, year.GetProperty("land").GetDecimal()));
    }

    [Fact]
    public async Task Field_errors_are_keyed_by_the_camel_case_names_the_json_uses()
    {
        var admin = await app.SignedInClientAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/firms", new { name = "金华字段名测试有限公司", township = "孝顺镇", creditCode = "91350100M000100Y44", target = "超100亿元" });

        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["creditCode", "target"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rule_that_refuses_is_422_and_a_concurrent_change_stays_409()
    {
        var admin = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(73);
        var version = (await (await admin.GetAsync($"/api/firms/{firm}")).JsonAsync()).GetProperty("version").GetInt32();

        var sameTarget = await admin.PutAsJsonAsync($"/api/firms/{firm}/target", new { target = "超亿元", reason = "复核" });
        await (await admin.PutAsJsonAsync($"/api/firms/{firm}", new { segment = "水泥基材料", expectedVersion = version })).JsonAsync();
        var stale = await admin.PutAsJsonAsync($"/api/firms/{firm}", new { segment = "新型墙体材料", expectedVersion = version });

        Assert.Equal("培育目标已是“超亿元”。", (await sameTarget.ProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("title").GetString());
        Assert.Equal("该记录已被他人修改，请刷新后重试。", (await stale.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Timestamps_are_utc_with_their_offset()
    {
        var admin = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(74);
        await (await admin.PostAsJsonAsync($"/api/firms/{firm}/figures", new { year = 2024, output = 3_000m })).JsonAsync();

        var details = await (await admin.GetAsync($"/api/firms/{firm}")).JsonAsync();

        var stamps = new[] { details.GetProperty("figures")[0].GetProperty("recordedAt"), details.GetProperty("tierHistory")[0].GetProperty("movedAt"), details.GetProperty("audit")[0].GetProperty("at") };
        Assert.All(stamps, stamp =>
        {
            Assert.EndsWith("Z", stamp.GetString(), StringComparison.Ordinal);
            Assert.Equal(app.Clock.GetUtcNow(), DateTimeOffset.Parse(stamp.GetString()!, CultureInfo.InvariantCulture));
        });
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("townships")]
    [InlineData("industries")]
    [InlineData("gaps")]
    [InlineData("efficiency")]
    public async Task Every_report_answers_an_array_of_rows(string kind)
    {
        var client = await app.SignedInClientAsync("leader");

        var rows = await (await client.GetAsync($"/api/reports/{kind}?year=2024")).JsonAsync();

        Assert.Equal(JsonValueKind.Array, rows.ValueKind);
    }

    [Fact]
    public async Task A_report_format_the_api_does_not_offer_is_400_not_json()
    {
        var client = await app.SignedInClientAsync("leader");

        var message = await (await client.GetAsync("/api/reports/progress?year=2024&format=pdf")).FieldErrorAsync("format");

        Assert.Equal("格式“pdf”不可用，请用 json、csv 或 xlsx。", message);
    }

    /// <summary>Every API endpoint that binds a JSON body, with the fields its contract requires.</summary>
    private IEnumerable<(string Method, string Route, IReadOnlyList<string> Required)> BodyEndpoints()
    {
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // A file upload (the targets import takes CSV or .xlsx as its body) has no JSON contract.
            if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not { RequestType: { } body } accepts
                || !accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.Ordinal)))
            {
                continue;
            }

            var required = json.GetTypeInfo(body).Properties.Where(p => p.AssociatedParameter is { HasDefaultValue: false }).Select(p => p.Name).ToList();
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)
            {
                yield return (method, "/" + endpoint.RoutePattern.RawText!.Trim('/'), required);
            }
        }
    }

    private static string Fill(string route, int firm) => route
        .Replace("{id:int}", firm.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{firmId:int}", firm.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{year:int}", "2024", StringComparison.Ordinal);
}
