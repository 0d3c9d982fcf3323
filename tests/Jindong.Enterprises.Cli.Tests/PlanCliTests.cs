using System.Text;
using System.Text.Json;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>The README's plan walk-through: the 十五五 entered at the command line and from a targets file, then the reports and evaluations.</summary>
public sealed class PlanCliTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();

    private readonly string folder = Directory.CreateTempSubdirectory("jindong-plan-").FullName;

    [Fact]
    public void The_fifteenth_plan_entered_at_the_command_line_is_the_plan_2026_reports_follow()
    {
        Assert.Equal(0, jindong.Run("plan", "add", "--code", "十五五", "--title", "金东区工业经济高质量发展“十五五”规划", "--base-year", "2025", "--from", "2026", "--to", "2030").ExitCode);
        var set = jindong.Run("plan", "target", "set", "--plan", "十五五", "--tier", "超亿元", "--target", "150", "--base", "120", "--reason", "区委常委会审定");
        Assert.Equal(0, set.ExitCode);
        Assert.Contains("年产值超亿元工业企业数量", set.Stdout, StringComparison.Ordinal);

        var y2026 = Tier(jindong.Json("report", "progress", "--year", "2026", "--format", "json"), "超亿元");
        var y2023 = Tier(jindong.Json("report", "progress", "--year", "2023", "--format", "json"), "超亿元");

        Assert.Equal(("十五五", 2025, 120, 2030, 150), (y2026.GetProperty("plan").GetString(), y2026.GetProperty("baseYear").GetInt32(), y2026.GetProperty("base").GetInt32(), y2026.GetProperty("targetYear").GetInt32(), y2026.GetProperty("target").GetInt32()));
        Assert.Equal(150, y2026.GetProperty("target2030").GetInt32());
        Assert.Equal(("十四五", 72, 100), (y2023.GetProperty("plan").GetString(), y2023.GetProperty("base2020").GetInt32(), y2023.GetProperty("target2025").GetInt32()));
        Assert.Equal(["十四五", "二次开发2.0", "十五五"], jindong.Json("plan", "list", "--format", "json").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    [Fact]
    public void Park_set_records_a_firms_park_and_firms_show_lists_its_history()
    {
        Assert.Equal(0, jindong.Run("park", "set", "9", "--year", "2021", "--outside").ExitCode);
        var set = jindong.Run("park", "set", "9", "--year", "2023", "--platform", "1");
        var both = jindong.Run("park", "set", "9", "--year", "2024", "--outside", "--park", "某园区");

        Assert.Equal(0, set.ExitCode);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("只指定一项", both.Stderr, StringComparison.Ordinal);
        var shown = jindong.Run("firms", "show", "9");
        Assert.Contains("入园情况", shown.Stdout, StringComparison.Ordinal);
        var parks = jindong.Json("firms", "show", "9", "--format", "json").GetProperty("parks").EnumerateArray()
            .Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("place").GetString())).ToList();
        Assert.Equal([(2023, "platform"), (2021, "outside")], parks);
    }

    [Fact]
    public void A_targets_file_sets_the_fifteenth_plans_targets_and_the_template_is_such_a_file()
    {
        jindong.Run("plan", "add", "--code", "十五五", "--title", "十五五", "--base-year", "2025", "--from", "2026", "--to", "2030");
        var template = Path.Combine(folder, "template.csv");
        Assert.Equal(0, jindong.Run("plan", "targets", "template", "--out", template).ExitCode);

        var imported = jindong.Json("plan", "targets", "import", template, "--plan", "十五五", "--format", "json");

        Assert.Equal((6, 6), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("added").GetInt32()));
        var targets = jindong.Json("plan", "show", "十五五", "--format", "json").GetProperty("targets");
        Assert.Contains(targets.EnumerateArray(), t => t.GetProperty("township").GetString() == "孝顺镇" && t.GetProperty("targetText").GetString() == "30");
        Assert.Contains(targets.EnumerateArray(), t => t.GetProperty("year").ValueKind == JsonValueKind.Number && t.GetProperty("year").GetInt32() == 2028);
    }

    [Fact]
    public void A_bad_targets_file_exits_2_naming_the_row_and_column_and_sets_nothing()
    {
        jindong.Run("plan", "add", "--code", "十五五", "--title", "十五五", "--base-year", "2025", "--from", "2026", "--to", "2030");
        var file = Path.Combine(folder, "bad.csv");
        File.WriteAllText(file, "档次,目标值\n超亿元,150\n超10亿元,很多\n", new UTF8Encoding(false));
        var auditBefore = jindong.Json("audit", "--format", "json").GetArrayLength();

        var refused = jindong.Run("plan", "targets", "import", file, "--plan", "十五五");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("第3行 目标值", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(auditBefore, jindong.Json("audit", "--format", "json").GetArrayLength());
        Assert.Equal(0, jindong.Json("plan", "show", "十五五", "--format", "json").GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public void A_target_that_names_no_subject_exits_2_in_Chinese()
    {
        var refused = jindong.Run("plan", "target", "set", "--plan", "十四五", "--target", "150");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("请指定且只指定一项目标对象", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_final_evaluations_of_both_seeded_plans_print_every_target()
    {
        var fourteenth = jindong.Json("report", "evaluation", "--plan", "十四五", "--format", "json");
        var action = jindong.Run("report", "evaluation", "--plan", "二次开发2.0", "--format", "csv");

        Assert.Equal(49, fourteenth.GetProperty("rows").GetArrayLength());
        Assert.Contains(fourteenth.GetProperty("rows").EnumerateArray(), r => r.GetProperty("name").GetString() == "数字经济增加值占GDP比重" && r.GetProperty("valueSource").GetString() == "external");
        Assert.Equal(0, action.ExitCode);
        Assert.Contains("工业企业入园率", action.Stdout, StringComparison.Ordinal);
        Assert.Contains("需外部数据", action.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_figure_entered_at_the_command_line_stands_in_the_evaluation()
    {
        var id = jindong.Json("report", "evaluation", "--plan", "十四五", "--format", "json").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "数字经济增加值占GDP比重").GetProperty("targetId").GetInt32();

        Assert.Equal(0, jindong.Run("plan", "official", "--plan", "十四五", "--target-id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--value", "46.2", "--source", "2025年统计公报").ExitCode);

        var row = jindong.Json("report", "evaluation", "--plan", "十四五", "--format", "json").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("targetId").GetInt32() == id);
        Assert.Equal(("official", 46.2m, true), (row.GetProperty("valueSource").GetString(), row.GetProperty("value").GetDecimal(), row.GetProperty("reached").GetBoolean()));
    }

    [Fact]
    public void The_indicators_report_lists_each_district_indicator_with_its_coverage()
    {
        jindong.Run("figures", "record", "9", "--year", "2023", "--output", "12000", "--tax", "300", "--land", "20");

        var rows = jindong.Json("report", "indicators", "--year", "2023", "--format", "json");

        var output = rows.EnumerateArray().First(r => r.GetProperty("code").GetString() == "above-scale-output");
        Assert.Equal((1.2m, 1, 1), (output.GetProperty("value").GetDecimal(), output.GetProperty("covered").GetInt32(), output.GetProperty("of").GetInt32()));
        var tax = rows.EnumerateArray().First(r => r.GetProperty("code").GetString() == "tax-per-mu");
        Assert.Equal(15m, tax.GetProperty("value").GetDecimal());
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static JsonElement Tier(JsonElement rows, string tier) => rows.EnumerateArray().Single(r => r.GetProperty("tier").GetString() == tier);
}
