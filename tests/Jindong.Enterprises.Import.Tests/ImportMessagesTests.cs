using Jindong.Enterprises.Import.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Import.Tests;

/// <summary>A statistics table as a clerk has it — totals, a footer, units in cells, a header note — reads, and what cannot be read says how to fix it.</summary>
public sealed class ImportMessagesTests : IAsyncLifetime
{
    private const string Shuguang = "浙江曙光信息技术有限公司";

    private readonly ImportApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Totals_subtotals_and_a_footer_are_skipped_with_a_notice_and_never_registered()
    {
        var file = $"""
            序号,企业名称,乡镇街道,工业总产值
            1,{Shuguang},孝顺镇,3000
            ,孝顺镇小计,孝顺镇,3000
            合计,,,3000
            填表人：张三,,,
            """;

        var outcome = await app.ImportAsync(app.WriteFile("totals.csv", Files.Utf8(file)), registerUnknown: true);

        Assert.Equal(1, outcome.Rows);
        Assert.Equal(0, outcome.Registered);
        Assert.Equal([3, 4, 5], outcome.Skipped.Select(s => s.Row));
        Assert.Equal(["合计/小计行，不是企业，已跳过", "合计/小计行，不是企业，已跳过", "表尾说明行（无企业名称、信用代码和数据），已跳过"], outcome.Skipped.Select(s => s.Reason));
        Assert.Equal("第3行：合计/小计行，不是企业，已跳过", outcome.Skipped[0].Text);
        Assert.False(await app.QueryAsync(db => db.Enterprises.AnyAsync(e => e.Name.Contains("小计"))));
    }

    [Fact]
    public async Task Amounts_with_units_in_the_cell_are_read_into_wan_yuan()
    {
        var id = await app.FirmIdAsync(1);

        var outcome = await app.ImportAsync(app.WriteFile("units.csv", Files.Utf8($"企业名称,工业总产值,税收,营业收入\n{Shuguang},\"9,876.5万\",1.2亿,50000元\n")));

        Assert.Equal(1, outcome.Added);
        var values = await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == id && f.Year == 2024).Select(f => f.Values).SingleAsync());
        Assert.Equal(9_876.5m, values.OutputWan);
        Assert.Equal(12_000m, values.TaxWan);
        Assert.Equal(5m, values.RevenueWan);
    }

    [Fact]
    public async Task A_unit_in_a_cell_of_a_column_that_is_not_in_wan_yuan_is_refused_saying_to_enter_the_number_alone()
    {
        var errors = await app.RefusedAsync(app.WriteFile("land.csv", Files.Utf8($"企业名称,工业总产值,用地面积\n{Shuguang},3000,30亩\n")));

        var message = Assert.Single(errors.Values.SelectMany(m => m));
        Assert.Contains("“30亩”：单元格里不要带单位，请只填数字（本列单位：亩）", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_that_is_no_number_is_refused_with_how_numbers_are_entered()
    {
        var errors = await app.RefusedAsync(app.WriteFile("words.csv", Files.Utf8($"企业名称,工业总产值\n{Shuguang},三千\n")));

        var message = Assert.Single(errors.Values.SelectMany(m => m));
        Assert.Contains("不是数字：请填写数字，如 9876.5", message, StringComparison.Ordinal);
        Assert.Contains("“-”“/”或留空表示未填报", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credit_code_a_spreadsheet_turned_into_a_number_is_refused_saying_what_happened()
    {
        var errors = await app.RefusedAsync(app.WriteFile("codes.csv", Files.Utf8("统一社会信用代码,工业总产值\n9.13307031E+17,3000\n")));

        var message = Assert.Single(errors.Values.SelectMany(m => m));
        Assert.Contains("显示为科学计数法", message, StringComparison.Ordinal);
        Assert.Contains("设为“文本”", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_in_brackets_after_a_header_is_not_taken_for_a_wrong_unit()
    {
        var outcome = await app.ImportAsync(app.WriteFile("note.csv", Files.Utf8($"企业名称,工业总产值（当年价格）（万元）,税收(万元)\n{Shuguang},3000,100\n")));

        Assert.Equal(1, outcome.Added);
        Assert.Empty(outcome.UnknownColumns);
    }

    [Fact]
    public async Task A_header_that_lacks_the_firm_column_says_which_names_are_read_without_pointing_to_a_document()
    {
        var errors = await app.RefusedAsync(app.WriteFile("header.csv", Files.Utf8("公司,工业总产值\n" + Shuguang + ",3000\n")));

        var message = Assert.Single(errors.Values.SelectMany(m => m));
        Assert.Contains("表头缺少必需的列：企业名称或统一社会信用代码", message, StringComparison.Ordinal);
        Assert.Contains("可识别的列名：企业名称、统一社会信用代码", message, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/", message, StringComparison.Ordinal);
    }
}
