using System.Globalization;
using System.Text.Json.Nodes;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>The README's 亩均 walk-through as processes: a county enters its year's method from a file, runs, explains, publishes and finalizes.</summary>
public sealed class EfficiencyCliTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();

    [Fact]
    public void A_county_copies_last_years_method_edits_its_file_imports_it_and_runs_the_year_through_to_final()
    {
        RecordWorkedExample(2024);
        Assert.Equal(0, jindong.Run("efficiency", "method", "add", "--year", "2024", "--name", "金东区 2024 年度亩均效益综合评价").ExitCode);
        var file = Path.Combine(Path.GetTempPath(), $"method-{Guid.NewGuid():N}.json");
        Assert.Equal(0, jindong.Run("efficiency", "method", "show", "--year", "2024", "--out", file).ExitCode);
        var method = JsonNode.Parse(File.ReadAllText(file))!;
        method["indicators"]![0]!["weight"] = 40;
        method["indicators"]![5]!["weight"] = 0.0001m;
        method["source"] = "金东区经商局 2024 年评价办法";
        File.WriteAllText(file, method.ToJsonString());

        var imported = jindong.Run("efficiency", "method", "import", file, "--year", "2024");
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Contains("第 2 版", imported.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, jindong.Run("efficiency", "run", "--year", "2024").ExitCode);

        var results = jindong.Json("efficiency", "show", "--year", "2024", "--format", "json");
        Assert.Equal("金东区 2024 年度亩均效益综合评价", results.GetProperty("methodName").GetString());
        var first = results.GetProperty("rows")[0];
        // F1 with 亩均税收 weighted 40 (30 ÷ 24.097 × 40) and R&D 0.0001 (0.02 ÷ 0.0302 × 0.0001): the exact sum 130.78604… rounds to 130.7860.
        Assert.Equal((1, "A", 130.7860m), (first.GetProperty("id").GetInt32(), first.GetProperty("class").GetString(), first.GetProperty("score").GetDecimal()));

        var explained = jindong.Run("efficiency", "explain", "3", "--year", "2024");
        Assert.Equal(0, explained.ExitCode);
        Assert.Contains("缺失：取同类企业该指标平均分", explained.Stdout, StringComparison.Ordinal);
        var whatIf = jindong.Json("efficiency", "whatif", "5", "--year", "2024", "--to", "B", "--format", "json");
        Assert.Equal("B", whatIf.GetProperty("classAtNeeded").GetString());

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var published = jindong.Run("efficiency", "publish", "--year", "2024", "--from", Day(today.AddDays(-8)), "--until", Day(today.AddDays(-1)));
        Assert.True(published.ExitCode == 0, published.Stderr);
        var late = jindong.Run("efficiency", "object", "5", "--year", "2024", "--reason", "公示期后提出");
        Assert.Equal(2, late.ExitCode);
        Assert.Contains("不在公示期内", late.Stderr, StringComparison.Ordinal);
        var final = jindong.Run("efficiency", "finalize", "--year", "2024");
        Assert.True(final.ExitCode == 0, final.Stderr);
        Assert.Contains("新建整治台账 2 件", final.Stdout, StringComparison.Ordinal);

        var cases = jindong.Json("report", "remediation", "--year", "2024", "--format", "json");
        Assert.Equal([3, 5], cases.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).Order());
        Assert.Equal(0, jindong.Run("efficiency", "case", "plan", "5", "--action", "renovate", "--deadline", "2025-12-31", "--notes", "技改").ExitCode);
        var record = jindong.Json("efficiency", "history", "5", "--format", "json");
        Assert.Equal("renovate", record.GetProperty("cases")[0].GetProperty("action").GetString());
    }

    [Fact]
    public void A_malformed_method_file_exits_2_naming_its_line_and_writes_nothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"method-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\n  \"name\": \"坏文件\",\n  \"indicators\": [ oops ]\n}");
        var auditBefore = jindong.Json("audit", "--format", "json").GetArrayLength();

        var refused = jindong.Run("efficiency", "method", "import", file, "--year", "2024");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("第 3 行", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, jindong.Run("efficiency", "method", "show", "--year", "2024").ExitCode);
        Assert.Equal(auditBefore, jindong.Json("audit", "--format", "json").GetArrayLength());
    }

    public ValueTask DisposeAsync() => jindong.DisposeAsync();

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>docs/efficiency.md's F1 … F5 as the first five listed firms.</summary>
    private void RecordWorkedExample(int year)
    {
        string[][] figures =
        [
            ["1", "--output", "50000", "--revenue", "52000", "--tax", "1200", "--value-added", "9000", "--land", "40", "--employees", "300", "--rd", "1040", "--energy", "3000", "--emissions", "2"],
            ["2", "--output", "20000", "--revenue", "21000", "--tax", "240", "--value-added", "3000", "--land", "30", "--employees", "200", "--rd", "420", "--energy", "1500", "--emissions", "1"],
            ["3", "--output", "8000", "--revenue", "8000", "--tax", "50", "--value-added", "1200", "--land", "25", "--employees", "100", "--rd", "80", "--energy", "800"],
            ["4", "--output", "5000", "--revenue", "5000", "--tax", "100", "--value-added", "800", "--land", "10", "--employees", "50", "--rd", "200", "--energy", "200", "--emissions", "0.5"],
            ["5", "--output", "3000", "--revenue", "3000", "--tax", "20", "--value-added", "300", "--land", "20", "--employees", "60", "--rd", "0", "--energy", "300", "--emissions", "0.2"],
        ];
        foreach (var firm in figures)
        {
            var recorded = jindong.Run(["figures", "record", firm[0], "--year", year.ToString(CultureInfo.InvariantCulture), .. firm[1..]]);
            Assert.True(recorded.ExitCode == 0, recorded.Stderr);
        }
    }
}
