using System.Text;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>The README's township officer walk-through: a designation list imported, the progress report, and the watch list acted on.</summary>
public sealed class DesignationCliTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();

    private readonly string folder = Directory.CreateTempSubdirectory("jindong-designations-").FullName;

    [Fact]
    public void The_template_is_an_announcement_list_that_imports_once_and_shows_on_the_firm_and_in_the_report()
    {
        var template = Path.Combine(folder, "模板.xlsx");
        Assert.Equal(0, jindong.Run("designations", "template", "--out", template).ExitCode);

        var first = jindong.Json("designations", "import", template, "--format", "json");
        var again = jindong.Json("designations", "import", template, "--format", "json");

        Assert.Equal((3, 3), (first.GetProperty("rows").GetInt32(), first.GetProperty("added").GetInt32()));
        Assert.Equal((0, 3), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        var designations = jindong.Json("firms", "show", "9", "--format", "json").GetProperty("designations");
        // Held today, latest year first: the two 2024 grants in the catalogue's order, then 2023's listing.
        Assert.Equal(["国家高新技术企业", "省级隐形冠军企业", "上市企业"], designations.EnumerateArray().Select(d => d.GetProperty("designation").GetString()));
        var report = jindong.Json("report", "designations", "--year", "2024", "--format", "json");
        var highTech = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("township").ValueKind == System.Text.Json.JsonValueKind.Null && r.GetProperty("kind").GetString() == "high-tech");
        Assert.Equal((1, 240m), (highTech.GetProperty("held").GetInt32(), highTech.GetProperty("target").GetDecimal()));
        var listed = jindong.Json("firms", "list", "--designation", "上市企业", "--format", "json");
        Assert.Equal([9], listed.EnumerateArray().Select(f => f.GetProperty("id").GetInt32()));
    }

    [Fact]
    public void A_bad_list_exits_2_naming_row_and_column_and_writes_nothing()
    {
        var file = Path.Combine(folder, "bad.csv");
        File.WriteAllText(file, "企业名称,认定类型,认定年度\n浙江大众齿轮有限公司,国家高新技术企业,2024\n浙江大众齿轮有限公司,不存在的称号,2024\n", new UTF8Encoding(false));

        var refused = jindong.Run("designations", "import", file);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("第3行 认定类型", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, jindong.Json("firms", "show", "9", "--format", "json").GetProperty("designations").GetArrayLength());
    }

    [Fact]
    public void A_flagged_value_is_explained_once_and_then_no_longer_listed()
    {
        Assert.Equal(0, jindong.Run("figures", "record", "9", "--year", "2024", "--output", "1400").ExitCode);
        Assert.Equal(0, jindong.Run("figures", "record", "9", "--year", "2025", "--output", "1500", "--tax", "1600").ExitCode);

        var before = jindong.Json("report", "watch", "--year", "2025", "--township", "江东镇", "--format", "json");
        var explained = jindong.Run("watch", "ack", "9", "--year", "2025", "--check", "tax-above-output", "--explanation", "含以前年度补缴税款");
        var twice = jindong.Run("watch", "ack", "9", "--year", "2025", "--check", "tax-above-output", "--explanation", "再次说明");
        var after = jindong.Json("report", "watch", "--year", "2025", "--township", "江东镇", "--format", "json");

        Assert.Equal([9], before.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("enterpriseId").GetInt32()));
        Assert.Equal(["tax-above-output"], before.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("check").GetString()));
        Assert.Equal((0, 2), (explained.ExitCode, twice.ExitCode));
        Assert.Contains("没有待说明的“税收高于产值”提示", twice.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, 1), (after.GetProperty("flags").GetArrayLength(), after.GetProperty("acknowledged").GetInt32()));
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
