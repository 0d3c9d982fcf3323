using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>A county's 亩均 year through the API: its own method, the run, a township's check, 公示, an objection, final.</summary>
public sealed class EfficiencyApiTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    private const int Year = 2021;

    [Fact]
    public async Task A_year_runs_from_its_own_method_through_flag_publicity_and_objection_to_final_with_township_views_of_district_ranks()
    {
        var xiaoshun = await FirmsAsync("孝顺镇", 3);
        var jiangdong = await FirmsAsync("江东镇", 3);
        decimal tax = 30m;
        foreach (var firm in xiaoshun.Concat(jiangdong))
        {
            await app.SendAsAdminAsync(RecordFigures.Of(firm, Year, 10_000m, Tax: tax, Land: 10m));
            tax += 30m;
        }

        var admin = await app.SignedInClientAsync("admin");
        var officer = await app.SignedInClientAsync("xiaoshun");
        await (await admin.PostAsJsonAsync($"/api/efficiency/{Year}/method/copy", new { fromYear = 2023, name = "2021 年度办法" })).JsonAsync(HttpStatusCode.Created);
        var method = JsonNode.Parse(await admin.GetStringAsync($"/api/efficiency/{Year}/method"))!["terms"]!;
        method["minimumRanked"] = 3;
        var saved = await admin.PutAsync($"/api/efficiency/{Year}/method", new StringContent(method.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(2, (await saved.JsonAsync()).GetProperty("version").GetInt32());
        var broken = await admin.PutAsync($"/api/efficiency/{Year}/method", new StringContent("{ \"name\": ", Encoding.UTF8, "application/json"));
        Assert.Contains("第 1 行", (await broken.FieldErrorAsync("file")), StringComparison.Ordinal);

        await (await officer.PostAsync($"/api/efficiency/{Year}/run", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"/api/efficiency/{Year}/run", null)).JsonAsync();
        var district = await (await admin.GetAsync($"/api/efficiency/{Year}")).JsonAsync();
        var scoped = await (await officer.GetAsync($"/api/efficiency/{Year}")).JsonAsync();
        Assert.Equal(
            district.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("township").GetString() == "孝顺镇").Select(r => r.GetRawText()),
            scoped.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
        Assert.Equal(6, district.GetProperty("rows")[0].GetProperty("rankedCount").GetInt32());

        await (await officer.PostAsJsonAsync($"/api/efficiency/{Year}/firms/{xiaoshun[0]}/flag", new { reason = "用地面积应为 5 亩" })).JsonAsync();
        await (await officer.PostAsJsonAsync($"/api/efficiency/{Year}/firms/{jiangdong[0]}/flag", new { reason = "越界" })).ProblemAsync(HttpStatusCode.NotFound);
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(8).DateTime);
        await (await admin.PostAsJsonAsync($"/api/efficiency/{Year}/publish", new { end = today.AddDays(6) })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PostAsJsonAsync($"/api/efficiency/{Year}/firms/{xiaoshun[0]}/flag/dismiss", new { reason = "已核实用地" })).JsonAsync();
        await (await admin.PostAsJsonAsync($"/api/efficiency/{Year}/publish", new { end = today.AddDays(6) })).JsonAsync();

        await (await officer.PostAsJsonAsync($"/api/efficiency/{Year}/firms/{xiaoshun[1]}/objection", new { reason = "税收漏计", attachment = "金东经商〔2021〕12号" })).JsonAsync();
        await app.SendAsAdminAsync(RecordFigures.Of(xiaoshun[1], Year, 10_000m, Tax: 900m));
        var decided = await (await admin.PostAsJsonAsync($"/api/efficiency/{Year}/firms/{xiaoshun[1]}/objection/decision", new { uphold = true, reason = "税务凭证核实" })).JsonAsync();
        // 6 万元/亩 was 5th of 6 (83 %: C); 90 万元/亩 is 1st (17 %: A).
        Assert.Equal(("C", "A"), (decided.GetProperty("classBefore").GetString(), decided.GetProperty("classAfter").GetString()));
        await (await admin.PostAsync($"/api/efficiency/{Year}/finalize", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        app.Clock.Advance(TimeSpan.FromDays(7));
        admin = await app.SignedInClientAsync("admin");
        officer = await app.SignedInClientAsync("xiaoshun");
        var final = await (await admin.PostAsync($"/api/efficiency/{Year}/finalize", null)).JsonAsync();
        // Only the first firm, at exactly 3 万元/亩, is under the line: 「3万元以下」 includes 3.
        Assert.Equal(1, final.GetProperty("casesOpened").GetInt32());
        var cases = await (await officer.GetAsync($"/api/firms/{xiaoshun[0]}/efficiency")).JsonAsync();
        Assert.Equal("孝顺镇", cases.GetProperty("cases")[0].GetProperty("township").GetString());
        var explained = await (await admin.GetAsync($"/api/efficiency/{Year}/firms/{xiaoshun[1]}")).JsonAsync();
        Assert.True(explained.GetProperty("recomputed").GetBoolean());
        var csv = await admin.GetAsync($"/api/efficiency/{Year}/firms/{xiaoshun[1]}/explanation?format=csv");
        Assert.Contains("亩均税收", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int[]> FirmsAsync(string township, int count) =>
        await app.QueryAsync(async db => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToArrayAsync(
            (from e in db.Enterprises join t in db.Townships on e.TownshipId equals t.Id where t.Name == township orderby e.ListNo select e.Id).Take(count)));
}
