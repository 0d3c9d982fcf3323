using System.Text;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Plans;

public sealed class ImportPlanTargetsTests : RegistryTest
{
    private const string Header = "档次,指标,计数,目标值,基数,单位,性质,类别,指标名称,乡镇街道,年度,来源";

    [Fact]
    public async Task A_targets_file_sets_the_fifteenth_plans_targets_with_breakdowns_and_audits_each_row()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));

        var imported = await ImportAsync(
            Header,
            "超亿元,,,150,120,,预期性,企业成长,,,,区委审定",
            "超亿元,,,30,,,,企业成长,,孝顺镇,,区委审定",
            "超亿元,,,130,,,,企业成长,,,2028,区委审定",
            ",规上工业总产值,,800,600,亿元,预期性,规模质量,,,,区委审定",
            ",,国家高新技术企业,360,240,家,预期性,企业成长,国家高新技术企业数量,,,区委审定",
            ",单位工业增加值能耗,,完成省下达任务,,吨标准煤/万元,约束性,绿色集约,,,,区委审定");

        Assert.Equal(("十五五", 6, 6, 0, 0), (imported.Plan, imported.Rows, imported.Added, imported.Changed, imported.Unchanged));
        var targets = (await App.SendAsync(new GetPlan("十五五"))).Targets;
        Assert.Equal(
            [("年产值超亿元工业企业数量", null, null, "150"), ("年产值超亿元工业企业数量", "孝顺镇", null, "30"), ("年产值超亿元工业企业数量", null, 2028, "130"),
             ("规上工业总产值", null, null, "800"), ("国家高新技术企业数量", null, null, "360"), ("单位工业增加值能耗", null, (int?)null, "完成省下达任务")],
            targets.Select(t => (t.Name, t.Township, t.Year, t.TargetText)));
        var reasons = await App.QueryAsync(db => db.AuditEntries.Where(a => a.Command == nameof(ImportPlanTargets)).Select(a => a.Reason).ToListAsync());
        Assert.Equal(7, reasons.Count);
        Assert.Contains("目标文件 targets.csv 第 3 行", reasons);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));
        string[] lines = [Header, "超亿元,,,150,120,,预期性,企业成长,,,,区委审定"];
        await ImportAsync(lines);

        var again = await ImportAsync(lines);

        Assert.Equal((1, 0, 0, 1), (again.Rows, again.Added, again.Changed, again.Unchanged));
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_refused_whole_naming_each_bad_cell_and_writes_nothing()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));
        var before = await App.CountsAsync();

        var refused = await Record.ExceptionAsync(() => ImportAsync(
            Header,
            "超亿元,,,150,120,,预期性,企业成长,,,,区委审定",
            "超亿元,,,12.5,,,,企业成长,,傅村镇,,区委审定",
            "超亿元,,,130,,,,企业成长,,,2031,区委审定",
            "超亿元,,,20,,,,企业成长,,不存在镇,,区委审定"));

        var errors = Assert.IsType<InputValidationException>(refused).Errors;
        Assert.Equal(["第3行 目标值", "第4行 年度", "第5行 乡镇街道"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(errors.Values.SelectMany(m => m), m => m.Contains("已有同一指标", StringComparison.Ordinal));
        Assert.Equal("第4行 年度：年度 2031 不在规划“十五五”的期限（2026–2030 年）内。", Assert.Single(errors["第4行 年度"]));
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task Two_rows_for_the_same_target_and_scope_are_refused_as_duplicates()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));

        var refused = await Record.ExceptionAsync(() => ImportAsync(Header, "超亿元,,,150,,,,,,,,", "超亿元,,,160,,,,,,,,"));

        var errors = Assert.IsType<InputValidationException>(refused).Errors;
        Assert.Equal("第3行 指标名称：文件中已有同一指标、同一乡镇街道和年度的目标行。", Assert.Single(errors["第3行 指标名称"]));
    }

    [Fact]
    public async Task A_file_without_a_target_column_is_refused_with_the_templates_columns()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));

        var refused = await Record.ExceptionAsync(() => ImportAsync("名称,数值", "超亿元,150"));

        var message = Assert.Single(Assert.IsType<InputValidationException>(refused).Errors.Values.SelectMany(m => m));
        Assert.StartsWith("找不到表头", message, StringComparison.Ordinal);
    }

    private async Task<PlanTargetsImported> ImportAsync(params string[] lines)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        return await App.SendAsync(new ImportPlanTargets("十五五", "targets.csv") { Content = content });
    }
}
