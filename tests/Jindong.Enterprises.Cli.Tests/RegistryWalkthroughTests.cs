using System.Text.Json;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>The README's walk-through, run as processes on a fresh database file.</summary>
public sealed class RegistryWalkthroughTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();

    [Fact]
    public void Listing_a_new_database_returns_the_100_Appendix_4_firms_as_printed()
    {
        var firms = jindong.Json("firms", "list", "--format", "json");

        Assert.Equal(100, firms.GetArrayLength());
        var expected = File.ReadAllLines(SeedFile("appendix4-firms.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(cells => (ListNo: int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), Name: cells[1], Township: cells[2], Target: cells[3]))
            .ToList();
        var actual = firms.EnumerateArray()
            .Select(f => (ListNo: f.GetProperty("listNo").GetInt32(), Name: f.GetProperty("name").GetString()!, Township: f.GetProperty("township").GetString()!, Target: f.GetProperty("target").GetString()!))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.All(firms.EnumerateArray(), f =>
        {
            Assert.Equal(JsonValueKind.Null, f.GetProperty("tier").ValueKind);
            Assert.Equal("active", f.GetProperty("status").GetString());
            Assert.True(f.TryGetProperty("id", out _) && f.TryGetProperty("creditCode", out _) && f.TryGetProperty("segment", out _));
        });
        Assert.Contains(actual, f => f.Name == "神州龙安（金华）信息技术服务有限公司");
        Assert.Contains(actual, f => f.Name == "同方计算机(浙江)有限公司");
    }

    [Fact]
    public void Recording_figures_sets_the_initial_tier_and_a_correction_keeps_the_earlier_version()
    {
        Assert.Equal(0, jindong.Run("figures", "record", "浙江大众齿轮有限公司", "--year", "2023", "--output", "10000", "--tax", "320", "--land", "80").ExitCode);
        var corrected = jindong.Run("figures", "record", "9", "--year", "2023", "--output", "52000", "--tax", "900", "--land", "80");
        Assert.Equal(0, corrected.ExitCode);
        Assert.Contains("已更正", corrected.Stdout, StringComparison.Ordinal);

        var firm = jindong.Json("firms", "show", "9", "--format", "json");
        Assert.Equal("超亿元", firm.GetProperty("tier").GetString());
        var year = firm.GetProperty("figures")[0];
        Assert.Equal(2023, year.GetProperty("year").GetInt32());
        Assert.Equal(2, year.GetProperty("version").GetInt32());
        Assert.Equal(52000m, year.GetProperty("output").GetDecimal());
        Assert.Equal(10000m, year.GetProperty("earlierVersions")[0].GetProperty("output").GetDecimal());
        var history = firm.GetProperty("tierHistory");
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal("initial", history[0].GetProperty("kind").GetString());
        Assert.Equal("超亿元", history[0].GetProperty("to").GetString());
    }

    [Fact]
    public void A_tier_move_the_output_does_not_support_exits_2_in_Chinese_and_writes_nothing()
    {
        jindong.Run("figures", "record", "9", "--year", "2023", "--output", "12000");
        var auditBefore = jindong.Json("audit", "--format", "json").GetArrayLength();

        var refused = jindong.Run("tier", "move", "9", "--to", "超10亿元", "--year", "2023", "--reason", "试一试");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("不支持调整到“超10亿元”", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(auditBefore, jindong.Json("audit", "--format", "json").GetArrayLength());
        Assert.Equal("超亿元", jindong.Json("firms", "show", "9", "--format", "json").GetProperty("tier").GetString());

        var overridden = jindong.Run("tier", "move", "9", "--to", "超10亿元", "--year", "2023", "--reason", "区政府专题会议认定", "--override");
        Assert.Equal(0, overridden.ExitCode);
        Assert.Equal("超10亿元", jindong.Json("firms", "show", "9", "--format", "json").GetProperty("tier").GetString());
    }

    [Fact]
    public void Registering_updating_and_moving_out_a_firm_is_audited_with_before_and_after()
    {
        var added = jindong.Run("firms", "add", "--name", "金华市测试新材料有限公司", "--township", "孝顺", "--credit-code", "91350100M000100Y43", "--target", "超亿元");
        Assert.Equal(0, added.ExitCode);

        Assert.Equal(0, jindong.Run("firms", "update", "91350100M000100Y43", "--township", "澧浦镇", "--segment", "化学建材").ExitCode);
        Assert.Equal(0, jindong.Run("target", "set", "金华市测试新材料有限公司", "--to", "超5亿元", "--reason", "新上年产5万吨项目").ExitCode);
        Assert.Equal(0, jindong.Run("firms", "move-out", "金华市测试新材料有限公司", "--reason", "迁往义乌市", "--closed").ExitCode);

        var firm = jindong.Json("firms", "show", "91350100M000100Y43", "--format", "json");
        Assert.Equal("澧浦镇", firm.GetProperty("township").GetString());
        Assert.Equal("化学建材", firm.GetProperty("segment").GetString());
        Assert.Equal("超5亿元", firm.GetProperty("target").GetString());
        Assert.Equal("closed", firm.GetProperty("status").GetString());

        var audit = jindong.Json("audit", "--firm", "91350100M000100Y43", "--format", "json");
        Assert.Equal(
            ["MoveOutEnterprise", "SetCultivationTarget", "UpdateEnterprise", "RegisterEnterprise"],
            audit.EnumerateArray().Select(a => a.GetProperty("command").GetString()!).ToArray());
        Assert.All(audit.EnumerateArray(), a => Assert.Equal("cli-test", a.GetProperty("actor").GetString()));
        var update = audit[2];
        Assert.Contains("孝顺镇", update.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Contains("澧浦镇", update.GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal("新上年产5万吨项目", audit[1].GetProperty("reason").GetString());

        var listed = jindong.Json("firms", "list", "--status", "closed", "--format", "json");
        Assert.Equal("金华市测试新材料有限公司", Assert.Single(listed.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void A_move_out_dated_back_leaves_the_earlier_years_report_as_it_stood_and_every_report_prints_its_basis()
    {
        Assert.Equal(0, jindong.Run("figures", "record", "浙江大众齿轮有限公司", "--year", "2024", "--output", "52000").ExitCode);
        Assert.Equal(0, jindong.Run("figures", "record", "浙江大众齿轮有限公司", "--year", "2025", "--output", "60000").ExitCode);

        Assert.Equal(0, jindong.Run("firms", "move-out", "浙江大众齿轮有限公司", "--reason", "迁往义乌市", "--effective", "2025-06-30").ExitCode);

        int Band(int year) => jindong.Json("report", "progress", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json")
            .EnumerateArray().Single(r => r.GetProperty("tier").GetString() == "超5亿元").GetProperty("band").GetInt32();
        Assert.Equal((1, 0), (Band(2024), Band(2025)));
        Assert.Contains("口径：各企业按 2024 年末的状态", jindong.Run("report", "progress", "--year", "2024").Stdout, StringComparison.Ordinal);
        var future = jindong.Run("report", "progress", "--year", "2024", "--as-of", "2099-01-01");
        Assert.Equal(2, future.ExitCode);
        Assert.Contains("晚于今天", future.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第 18 位校验码不符", "firms", "add", "--name", "某企业", "--township", "孝顺镇", "--credit-code", "91350100M000100Y44")]
    [InlineData("无需特批", "firms", "add", "--name", "某企业", "--township", "孝顺镇", "--credit-code", "91350100M000100Y43", "--credit-code-override", "测试")]
    [InlineData("乡镇街道“火星”不存在", "firms", "add", "--name", "某企业", "--township", "火星")]
    [InlineData("工业总产值不能为负数", "figures", "record", "1", "--year", "2023", "--output", "-1")]
    [InlineData("年份须在", "figures", "record", "1", "--year", "1999", "--output", "100")]
    [InlineData("找不到企业“不存在的公司”", "figures", "record", "不存在的公司", "--year", "2023", "--output", "100")]
    [InlineData("培育目标至少为“规上”", "target", "set", "1", "--to", "规下", "--reason", "测试")]
    [InlineData("2023 年没有年度数据", "tier", "move", "1", "--to", "超亿元", "--year", "2023", "--reason", "测试")]
    public void Invalid_input_exits_2_with_a_Chinese_message_and_writes_nothing(string message, params string[] args)
    {
        var before = jindong.Json("audit", "--format", "json").GetArrayLength();

        var result = jindong.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, jindong.Json("audit", "--format", "json").GetArrayLength());
    }

    [Fact]
    public void A_real_code_that_breaks_a_rule_is_registered_with_an_override_and_found_by_it()
    {
        var added = jindong.Run("firms", "add", "--name", "金华市早期代码测试有限公司", "--township", "孝顺镇", "--credit-code", "９１３５０１００Ｍ０００１００Ｙ４４", "--credit-code-override", "早期赋码，营业执照如此");

        Assert.Equal(0, added.ExitCode);
        var firm = jindong.Json("firms", "show", "91350100M000100Y44", "--format", "json");
        Assert.Equal("早期赋码，营业执照如此", firm.GetProperty("creditCodeOverride").GetString());
        Assert.Equal("早期赋码，营业执照如此", firm.GetProperty("audit")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void An_argument_that_is_not_a_number_exits_2()
    {
        var result = jindong.Run("figures", "record", "1", "--year", "二〇二三", "--output", "100");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("命令参数有误", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_filters_by_township_target_and_text()
    {
        var xiaoshun = jindong.Json("firms", "list", "--township", "孝顺", "--target", "超50亿元", "--format", "json");
        Assert.Equal(["浙江曙光信息技术有限公司", "浙江力积信息技术有限公司"], xiaoshun.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray());

        var concrete = jindong.Json("firms", "list", "--text", "商品混凝土", "--format", "json");
        Assert.All(concrete.EnumerateArray(), f => Assert.Contains("商品混凝土", f.GetProperty("name").GetString(), StringComparison.Ordinal));
        Assert.True(concrete.GetArrayLength() >= 5);
    }

    [Fact]
    public void English_is_available_with_lang_en()
    {
        var result = jindong.Run("figures", "record", "1", "--year", "2023", "--output", "-1", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot be negative", result.Stderr, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => jindong.DisposeAsync();

    private static string SeedFile(string name) => RepositoryFiles.Path("seed", name);
}
