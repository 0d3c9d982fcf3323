using System.Net;
using System.Net.Http.Json;
using System.Text;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

public sealed class PlansApiTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task The_bureau_enters_the_fifteenth_plan_through_the_api_and_the_dashboard_switches_to_it()
    {
        var admin = await app.SignedInClientAsync("admin");

        var added = await (await admin.PostAsJsonAsync("/api/plans", new { code = "十五五", title = "金东区工业经济“十五五”规划", baseYear = 2025, firstYear = 2026, lastYear = 2030 })).JsonAsync(HttpStatusCode.Created);
        var set = await (await admin.PostAsJsonAsync("/api/plans/十五五/targets", new { tier = "超亿元", target = "150", @base = "120", reason = "区委审定" })).JsonAsync();
        var imported = await (await admin.PostAsync("/api/plans/十五五/targets/import?file=targets.csv", new StringContent("档次,目标值,乡镇街道\n超亿元,30,孝顺镇\n", Encoding.UTF8, "text/csv"))).JsonAsync();
        var dashboard = await (await admin.GetAsync("/api/dashboard?plan=十五五")).JsonAsync();

        Assert.Equal((2026, 2030), (added.GetProperty("firstYear").GetInt32(), added.GetProperty("lastYear").GetInt32()));
        Assert.Equal("年产值超亿元工业企业数量", set.GetProperty("name").GetString());
        Assert.Equal(1, imported.GetProperty("added").GetInt32());
        Assert.Equal("十五五", dashboard.GetProperty("plan").GetProperty("code").GetString());
        var overHundred = dashboard.GetProperty("progress").EnumerateArray().Single(p => p.GetProperty("tier").GetString() == "超亿元");
        Assert.Equal((120, 150, 150), (overHundred.GetProperty("base").GetInt32(), overHundred.GetProperty("target").GetInt32(), overHundred.GetProperty("target2030").GetInt32()));
    }

    [Fact]
    public async Task Only_the_bureau_may_change_a_plan_and_bad_input_is_a_400_naming_the_field()
    {
        var viewer = await app.SignedInClientAsync("leader");
        var admin = await app.SignedInClientAsync("admin");

        await (await viewer.PostAsJsonAsync("/api/plans", new { code = "十六五", title = "十六五", baseYear = 2030, firstYear = 2031, lastYear = 2035 })).ProblemAsync(HttpStatusCode.Forbidden);
        var message = await (await admin.PostAsJsonAsync("/api/plans/十四五/targets", new { target = "150" })).FieldErrorAsync("tier");
        var unknown = await (await admin.GetAsync("/api/plans/十六五")).FieldErrorAsync("plan");

        Assert.StartsWith("请指定且只指定一项目标对象", message, StringComparison.Ordinal);
        Assert.StartsWith("没有代号为“十六五”的规划", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evaluation_answers_json_and_downloads_and_the_template_is_an_excel_file()
    {
        var viewer = await app.SignedInClientAsync("leader");

        var evaluation = await (await viewer.GetAsync("/api/plans/十四五/evaluation")).JsonAsync();
        var csv = await viewer.GetAsync("/api/plans/十四五/evaluation?format=csv");
        var template = await viewer.GetAsync("/api/plans/template?format=xlsx");

        Assert.Equal(49, evaluation.GetProperty("rows").GetArrayLength());
        Assert.Contains("需外部数据", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType!.MediaType);
    }
}
