using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

public sealed class FirmsApiTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task Firms_are_listed_filtered_by_township_and_target_with_the_total()
    {
        var client = await app.SignedInClientAsync("admin");

        var page = await (await client.GetAsync("/api/firms?township=孝顺镇&target=超50亿元&pageSize=10")).JsonAsync();

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        foreach (var firm in page.GetProperty("items").EnumerateArray())
        {
            Assert.Equal("孝顺镇", firm.GetProperty("township").GetString());
            Assert.Equal("超50亿元", firm.GetProperty("target").GetString());
            Assert.True(firm.TryGetProperty("creditCode", out _));
            Assert.True(firm.TryGetProperty("listNo", out _));
        }
    }

    [Fact]
    public async Task Searching_and_paging_return_one_page_of_the_matches()
    {
        var client = await app.SignedInClientAsync("leader");

        var page = await (await client.GetAsync("/api/firms?q=有限公司&page=2&pageSize=5&sort=name")).JsonAsync();

        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() > 10);
    }

    [Fact]
    public async Task An_unknown_tier_filter_is_400_with_the_validators_message()
    {
        var client = await app.SignedInClientAsync("leader");

        var message = await (await client.GetAsync("/api/firms?tier=超100亿元")).FieldErrorAsync("tier");

        Assert.Contains("超100亿元", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_firm_is_404()
    {
        var client = await app.SignedInClientAsync("admin");

        await (await client.GetAsync("/api/firms/987654")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Registering_a_firm_with_a_bad_credit_code_is_400_and_registers_nothing()
    {
        var client = await app.SignedInClientAsync("admin");
        var before = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Enterprises));

        var response = await client.PostAsJsonAsync("/api/firms", new { name = "金华测试制造有限公司", township = "孝顺镇", creditCode = "91350100M000100Y44" });

        Assert.Contains("91350100M000100Y44", await response.FieldErrorAsync("creditCode"), StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Enterprises)));
    }

    [Fact]
    public async Task A_full_width_credit_code_is_registered_as_the_import_reads_it()
    {
        var client = await app.SignedInClientAsync("admin");

        var created = await (await client.PostAsJsonAsync("/api/firms", new { name = "金华全角代码测试有限公司", township = "孝顺镇", creditCode = " ９１３３０７０３ＭＡ２ＨＫ７Ｑ５０２ " }))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal("91330703MA2HK7Q502", created.GetProperty("creditCode").GetString());
    }

    [Fact]
    public async Task A_registered_firm_is_edited_and_a_stale_edit_is_409()
    {
        var client = await app.SignedInClientAsync("admin");
        var created = await (await client.PostAsJsonAsync("/api/firms", new { name = "金华并发测试有限公司", township = "傅村镇", creditCode = "91350100M000100Y43", target = "超亿元" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt32();

        var first = await client.PutAsJsonAsync($"/api/firms/{id}", new { name = "金华并发测试股份有限公司", expectedVersion = version });
        var second = await client.PutAsJsonAsync($"/api/firms/{id}", new { name = "金华并发测试集团有限公司", expectedVersion = version });

        Assert.Equal("金华并发测试股份有限公司", (await first.JsonAsync()).GetProperty("name").GetString());
        var conflict = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("该记录已被他人修改，请刷新后重试。", conflict.GetProperty("title").GetString());
        var firm = await (await client.GetAsync($"/api/firms/{id}")).JsonAsync();
        Assert.Equal("金华并发测试股份有限公司", firm.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Recording_negative_output_is_400_and_then_correct_figures_are_recorded()
    {
        var client = await app.SignedInClientAsync("admin");
        var id = await app.FirmIdAsync(40);

        var refused = await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024, output = -1m, revenue = 10m });
        Assert.Equal("工业总产值不能为负数。", await refused.FieldErrorAsync("output"));
        Assert.Equal(0, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.AnnualFigures, f => f.EnterpriseId == id)));

        var outcome = await (await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024, output = 12_500m, revenue = 12_000m, tax = 600m, valueAdded = 2_800m, land = 80m, employees = 210, rd = 350m, energy = 900m }))
            .JsonAsync();
        Assert.Equal("added", outcome.GetProperty("kind").GetString());
        Assert.Equal("超亿元", outcome.GetProperty("impliedTier").GetString());
    }

    [Fact]
    public async Task Figures_without_output_are_400_naming_the_field()
    {
        var client = await app.SignedInClientAsync("admin");
        var id = await app.FirmIdAsync(41);

        var response = await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024 });

        Assert.Contains("首次录入须填写工业总产值", await response.FieldErrorAsync("output"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tier_move_the_figures_support_is_recorded_and_one_they_do_not_is_422()
    {
        var client = await app.SignedInClientAsync("admin");
        var id = await app.FirmIdAsync(42);
        await (await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2023, output = 9_000m })).JsonAsync();
        await (await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024, output = 55_000m })).JsonAsync();

        var refused = await client.PostAsJsonAsync($"/api/firms/{id}/tier-moves", new { to = "超10亿元", year = 2024, reason = "核实后调整" });
        var rule = await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("2024 年工业总产值对应“超5亿元”", rule.GetProperty("title").GetString(), StringComparison.Ordinal);

        var move = await (await client.PostAsJsonAsync($"/api/firms/{id}/tier-moves", new { to = "超5亿元", year = 2024, reason = "核实后调整" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("超5亿元", move.GetProperty("to").GetString());
        var firm = await (await client.GetAsync($"/api/firms/{id}")).JsonAsync();
        Assert.Equal("超5亿元", firm.GetProperty("tier").GetString());
        Assert.Equal(["initial", "manual"], firm.GetProperty("tierHistory").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_tier_move_without_a_reason_is_400()
    {
        var client = await app.SignedInClientAsync("admin");
        var id = await app.FirmIdAsync(43);

        var response = await client.PostAsJsonAsync($"/api/firms/{id}/tier-moves", new { to = "超亿元", year = 2024, reason = "" });

        Assert.Equal("请填写原因。", await response.FieldErrorAsync("reason"));
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_change_a_firm()
    {
        var client = await app.SignedInClientAsync("leader");
        var id = await app.FirmIdAsync(44);

        await (await client.GetAsync($"/api/firms/{id}")).JsonAsync();
        var response = await client.PostAsJsonAsync($"/api/firms/{id}/figures", new { year = 2024, output = 100m });

        await response.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_dashboard_counts_the_seeded_firms()
    {
        var client = await app.SignedInClientAsync("leader");

        var dashboard = await (await client.GetAsync("/api/dashboard")).JsonAsync();

        Assert.True(dashboard.GetProperty("activeFirms").GetInt32() >= 100);
        Assert.Equal(11, dashboard.GetProperty("byTownship").GetArrayLength());
    }
}
