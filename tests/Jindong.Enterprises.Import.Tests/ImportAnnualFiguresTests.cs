using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Import.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Import.Tests;

public sealed class ImportAnnualFiguresTests : IAsyncLifetime
{
    /// <summary>Appendix 4 no. 1 and no. 3 (seeded with half-width brackets), no. 4.</summary>
    private const string Shuguang = "浙江曙光信息技术有限公司";
    private const string TongfangFullWidth = "同方计算机（浙江）有限公司";
    private const string Haoyidian = "浙江好易点智能科技有限公司";

    private const string Header = "企业名称,统一社会信用代码,乡镇街道,工业总产值,营业收入,税收,增加值,用地面积,从业人员,研发经费,能耗,排放";

    private static readonly string GoodFile =
        $"""
        {Header}
        ,,,万元,万元,万元,万元,亩,人,万元,吨标准煤,吨
        {Shuguang},,,600000,610000,25000.5,120000,350,2400,30000,8000,12.5
        {TongfangFullWidth},,,150000,,3000,,200,,,,
        {Haoyidian},,,9999.99,,,,,,,,

        """;

    private readonly ImportApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_utf8_csv_adds_the_year_sets_initial_tiers_and_audits_the_import_and_each_firm()
    {
        var before = await app.SnapshotAsync();

        var outcome = await app.ImportAsync(app.WriteFile("2024.csv", Files.Utf8(GoodFile)));

        Assert.Equal((3, 0, 0, 3), (outcome.Added, outcome.Corrected, outcome.Unchanged, outcome.InitialTierMoves));
        Assert.True(outcome.UnitsRow);
        Assert.Equal("CSV (UTF-8)", outcome.Format);
        var after = await app.SnapshotAsync();
        Assert.Equal(before.AnnualFigures + 3, after.AnnualFigures);
        Assert.Equal(before.TierMoves + 3, after.TierMoves);
        // The import's own entry, and for each firm its initial tier and its figures, as a manual record audits them.
        Assert.Equal(before.AuditEntries + 1 + 3 + 3, after.AuditEntries);

        var shuguang = await app.FirmIdAsync(1);
        var figures = await app.QueryAsync(db => db.AnnualFigures.SingleAsync(f => f.EnterpriseId == shuguang && f.Year == 2024));
        Assert.Equal(new FigureValues(600000m, 610000m, 25000.5m, 120000m, 350m, 2400, 30000m, 8000m, 12.5m), figures.Values);
        Assert.Equal(FiguresSource.Import, figures.Source);
        Assert.Equal("2024.csv", figures.SourceFile);
        Assert.Equal(Tier.Over5Billion, await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == shuguang).Select(e => e.CurrentTier).SingleAsync()));
        var haoyidian = await app.FirmIdAsync(4);
        Assert.Equal(Tier.AboveScale, await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == haoyidian).Select(e => e.CurrentTier).SingleAsync()));

        var audit = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == null).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(nameof(ImportAnnualFigures), audit.Command);
        Assert.Contains("\"added\":3", audit.After, StringComparison.Ordinal);
        var shuguangFigures = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == shuguang && a.After!.StartsWith("{\"year\"")).SingleAsync());
        Assert.Equal(nameof(ImportAnnualFigures), shuguangFigures.Command);
        Assert.Contains("\"output\":600000", shuguangFigures.After, StringComparison.Ordinal);
        Assert.Contains("\"sourceFile\":\"2024.csv\"", shuguangFigures.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_utf8_csv_with_a_bom_is_read_as_utf8()
    {
        var outcome = await app.ImportAsync(app.WriteFile("bom.csv", Files.Utf8WithBom(GoodFile)));

        Assert.Equal("CSV (UTF-8 BOM)", outcome.Format);
        Assert.Equal(3, outcome.Added);
    }

    [Fact]
    public async Task A_gbk_csv_as_chinese_excel_saves_it_is_detected_and_read()
    {
        var outcome = await app.ImportAsync(app.WriteFile("gbk.csv", Files.Gbk(GoodFile)));

        Assert.StartsWith("CSV (GB18030", outcome.Format, StringComparison.Ordinal);
        Assert.Equal(3, outcome.Added);
        var tongfang = await app.FirmIdAsync(3);
        Assert.Equal(150000m, await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == tongfang).Select(f => f.Values.OutputWan).SingleAsync()));
    }

    [Fact]
    public async Task An_xlsx_file_is_read_from_its_first_sheet_or_the_sheet_named()
    {
        var xlsx = Files.Xlsx(
        [
            ["企业名称", "工业总产值(万元)", "用地面积（亩）", "备注"],
            [Shuguang, 600000.5m, 350, "x"],
            [TongfangFullWidth, 150000, null, null],
        ], sheet: "2024年");

        var outcome = await app.ImportAsync(app.WriteFile("2024.xlsx", xlsx), sheet: "2024年");

        Assert.Equal(("xlsx", 2), (outcome.Format, outcome.Added));
        Assert.Equal(["备注"], outcome.UnknownColumns);
        var shuguang = await app.FirmIdAsync(1);
        Assert.Equal(600000.5m, await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == shuguang).Select(f => f.Values.OutputWan).SingleAsync()));
    }

    [Fact]
    public async Task A_workbook_as_excel_writes_it_with_shared_strings_and_sparse_cells_is_read()
    {
        var outcome = await app.ImportAsync(app.WriteFile("excel.xlsx", Files.ExcelStyleXlsx(TongfangFullWidth, "150000.5")));

        Assert.Equal((1, true), (outcome.Added, outcome.UnitsRow));
        var tongfang = await app.FirmIdAsync(3);
        Assert.Equal(150000.5m, await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == tongfang).Select(f => f.Values.OutputWan).SingleAsync()));
    }

    [Fact]
    public async Task A_bad_cell_in_a_workbook_is_reported_with_its_excel_row_number()
    {
        var errors = await app.RefusedAsync(app.WriteFile("excel.xlsx", Files.ExcelStyleXlsx(Shuguang, "-1")));

        Assert.Equal("第4行 工业总产值“-1”：不能为负数", Assert.Single(errors["第4行 工业总产值"]));
    }

    [Fact]
    public async Task A_sheet_the_workbook_does_not_have_is_refused_and_writes_nothing()
    {
        var path = app.WriteFile("a.xlsx", Files.Xlsx([["企业名称", "工业总产值"], [Shuguang, 1]]));
        var before = await app.SnapshotAsync();

        var exception = await Assert.ThrowsAnyAsync<InputValidationException>(() => app.ImportAsync(path, sheet: "没有这张表"));

        Assert.Contains("没有这张表", Assert.Single(exception.Errors["文件"]), StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Names_differing_only_in_bracket_width_and_spaces_match_the_seeded_firm()
    {
        var file = $"企业名称,工业总产值\n 同方计算机（浙江）有限公司 ,150000\n浙江　曙光信息技术有限公司,1\n";

        var outcome = await app.ImportAsync(app.WriteFile("width.csv", Files.Utf8(file)));

        Assert.Equal(2, outcome.Added);
        var tongfang = await app.FirmIdAsync(3);
        Assert.True(await app.QueryAsync(db => db.AnnualFigures.AnyAsync(f => f.EnterpriseId == tongfang && f.Year == 2024)));
    }

    [Fact]
    public async Task A_credit_code_matches_the_firm_before_its_name()
    {
        var id = await app.SendAsync(new RegisterEnterprise("金东测试新材料有限公司", "孝顺镇", "91350100M000100Y43"));

        var outcome = await app.ImportAsync(app.WriteFile("code.csv", Files.Utf8("统一社会信用代码,企业名称,工业总产值\n91350100m000100y43,名称写法不同的公司,3000\n")));

        Assert.Equal(1, outcome.Added);
        Assert.Equal(3000m, await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == id).Select(f => f.Values.OutputWan).SingleAsync()));
    }

    [Fact]
    public async Task A_full_width_credit_code_matches_as_the_other_channels_read_it()
    {
        var id = await app.SendAsync(new RegisterEnterprise("金东全角代码测试有限公司", "孝顺镇", "91370200797522673R"));

        var outcome = await app.ImportAsync(app.WriteFile("wide.csv", Files.Utf8("统一社会信用代码,工业总产值\n９１３７０２００７９７５２２６７３Ｒ,3000\n")));

        Assert.Equal(1, outcome.Added);
        Assert.True(await app.QueryAsync(db => db.AnnualFigures.AnyAsync(f => f.EnterpriseId == id)));
    }

    [Fact]
    public async Task A_code_recorded_by_override_matches_its_firm_and_one_nobody_recorded_is_refused_naming_the_rule()
    {
        var id = await app.SendAsync(new RegisterEnterprise("金东早期代码测试有限公司", "孝顺镇", "91350100M000100Y44", CreditCodeOverride: "早期赋码，营业执照如此"));

        var outcome = await app.ImportAsync(app.WriteFile("override.csv", Files.Utf8("统一社会信用代码,工业总产值\n91350100M000100Y44,3000\n")));
        var errors = await app.RefusedAsync(app.WriteFile("other.csv", Files.Utf8("统一社会信用代码,工业总产值\n91350100M000100Y53,3000\n")));

        Assert.Equal(1, outcome.Added);
        Assert.True(await app.QueryAsync(db => db.AnnualFigures.AnyAsync(f => f.EnterpriseId == id)));
        Assert.Contains("组织机构代码的校验码不符", Assert.Single(errors["第2行 统一社会信用代码"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("企业名称,工业总产值\n浙江曙光信息技术有限公司,abc\n", "第2行 工业总产值", "不是数字")]
    [InlineData("企业名称,工业总产值\n浙江曙光信息技术有限公司,-5\n", "第2行 工业总产值", "不能为负数")]
    [InlineData("企业名称,工业总产值,税收\n浙江曙光信息技术有限公司,5,-0.1\n", "第2行 税收", "不能为负数")]
    [InlineData("企业名称,工业总产值\n浙江曙光信息技术有限公司,\n", "第2行 工业总产值", "首次录入须填写工业总产值")]
    [InlineData("企业名称,工业总产值\n金东区不存在的公司,5\n", "第2行 企业名称", "库中没有这家企业")]
    [InlineData("企业名称,工业总产值\n浙江曙光信息技术有限公司,5\n浙江曙光信息技术有限公司,6\n", "第3行 企业名称", "与第2行是同一家企业")]
    [InlineData("企业名称,统一社会信用代码,工业总产值\n浙江曙光信息技术有限公司,91350100M000100Y44,5\n", "第2行 统一社会信用代码", "统一社会信用代码")]
    [InlineData("企业名称,工业总产值,从业人员\n浙江曙光信息技术有限公司,5,12.5\n", "第2行 从业人员", "应为整数")]
    [InlineData("企业名称,工业总产值\n,5\n", "第2行 企业名称", "不能为空")]
    [InlineData("企业名称,工业总产值\n浙江曙光信息技术有限公司,1000000000000\n", "第2行 工业总产值", "数值过大")]
    [InlineData("企业名称,工业总产值\n,元\n浙江曙光信息技术有限公司,5\n", "第2行 工业总产值", "单位应为“万元”")]
    public async Task A_file_with_a_bad_row_writes_nothing_and_names_the_row_column_and_reason(string file, string key, string reason)
    {
        var errors = await app.RefusedAsync(app.WriteFile("bad.csv", Files.Utf8(file)));

        Assert.True(errors.ContainsKey(key), $"Expected '{key}', got: {string.Join(" | ", errors.Keys)}");
        Assert.Contains(reason, Assert.Single(errors[key]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_and_the_good_rows_are_not_written()
    {
        var file = $"企业名称,工业总产值,税收\n{Shuguang},5,1\n{Haoyidian},x,1\n{TongfangFullWidth},5,-1\n不存在的公司,5,\n";

        var errors = await app.RefusedAsync(app.WriteFile("bad.csv", Files.Utf8(file)));

        Assert.Equal(["第3行 工业总产值", "第4行 税收", "第5行 企业名称"], errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.StartsWith("第3行 工业总产值“x”：不是数字：请填写数字", Assert.Single(errors["第3行 工业总产值"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bad_rows_can_be_written_to_an_error_report()
    {
        var report = app.PathOf("errors.csv");

        await app.RefusedAsync(app.WriteFile("bad.csv", Files.Utf8($"企业名称,工业总产值\n{Shuguang},x\n{Haoyidian},-12\n")), errors: report);

        var lines = File.ReadAllLines(report);
        Assert.Equal("行,列,文件中的值,原因", lines[0].TrimStart('\uFEFF'));
        Assert.StartsWith("2,工业总产值,x,\"不是数字：请填写数字", lines[1], StringComparison.Ordinal);
        // The value as the file has it: a negative number is no formula, so no apostrophe shows.
        Assert.StartsWith("3,工业总产值,-12,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.csv", "", "文件是空的")]
    [InlineData("header.csv", "企业名称,工业总产值\n", "没有数据行")]
    [InlineData("wrong.csv", "名称,产值,税\n浙江曙光信息技术有限公司,5,1\n", "表头缺少必需的列")]
    public async Task An_empty_file_or_one_with_the_wrong_header_is_refused(string name, string content, string reason)
    {
        var errors = await app.RefusedAsync(app.WriteFile(name, Files.Utf8(content)));

        Assert.Contains(errors.Values.SelectMany(m => m), m => m.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_truncated_workbook_is_refused_as_damaged()
    {
        var xlsx = Files.Xlsx([["企业名称", "工业总产值"], [Shuguang, 1], [Haoyidian, 2]]);

        var errors = await app.RefusedAsync(app.WriteFile("cut.xlsx", xlsx[..(xlsx.Length / 2)]));

        Assert.Contains("损坏", Assert.Single(errors["文件"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("picture.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "不是 CSV")]
    [InlineData("old.xls", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ".xls")]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused(string name, byte[] content, string reason)
    {
        var errors = await app.RefusedAsync(app.WriteFile(name, content));

        Assert.Contains(reason, Assert.Single(errors["文件"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_refused()
    {
        var errors = await app.RefusedAsync(app.PathOf("nowhere.csv"));

        Assert.Contains("不存在", Assert.Single(errors["文件"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var path = app.WriteFile("2024.csv", Files.Utf8(GoodFile));
        var before = await app.SnapshotAsync();

        var outcome = await app.ImportAsync(path, dryRun: true);

        Assert.Equal((3, 0, 0), (outcome.Added, outcome.Corrected, outcome.Unchanged));
        Assert.True(outcome.DryRun);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_says_so()
    {
        var path = app.WriteFile("2024.csv", Files.Utf8(GoodFile));
        await app.ImportAsync(path);
        var before = await app.SnapshotAsync();

        var again = await app.ImportAsync(path);

        Assert.Equal((0, 0, 3), (again.Added, again.Corrected, again.Unchanged));
        Assert.True(again.ChangesNothing);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_value_becomes_a_correction_that_keeps_the_earlier_version()
    {
        await app.ImportAsync(app.WriteFile("v1.csv", Files.Utf8(GoodFile)));
        var tierMoves = (await app.SnapshotAsync()).TierMoves;

        var outcome = await app.ImportAsync(app.WriteFile("v2.csv", Files.Utf8(GoodFile.Replace("150000", "160000", StringComparison.Ordinal))));

        Assert.Equal((0, 1, 2), (outcome.Added, outcome.Corrected, outcome.Unchanged));
        var tongfang = await app.FirmIdAsync(3);
        var current = await app.QueryAsync(db => db.AnnualFigures.SingleAsync(f => f.EnterpriseId == tongfang && f.Year == 2024));
        var earlier = await app.QueryAsync(db => db.AnnualFiguresRevisions.SingleAsync(r => r.EnterpriseId == tongfang));
        Assert.Equal((2, 160000m, "v2.csv"), (current.Version, current.Values.OutputWan, current.SourceFile));
        Assert.Equal((1, 150000m, "v1.csv"), (earlier.Version, earlier.Values.OutputWan, earlier.SourceFile));
        Assert.Equal(tierMoves, (await app.SnapshotAsync()).TierMoves);
    }

    [Fact]
    public async Task An_import_and_a_manual_record_agree_on_what_is_unchanged()
    {
        await app.ImportAsync(app.WriteFile("2024.csv", Files.Utf8(GoodFile)));
        var shuguang = await app.FirmIdAsync(1);

        var outcome = await app.SendAsync(RecordFigures.Of(shuguang, 2024, 600000m, 610000m, 25000.5m, 120000m, 350m, 2400, 30000m, 8000m, 12.5m));

        Assert.Equal(RecordKind.Unchanged, outcome.Kind);
    }

    [Fact]
    public async Task Unknown_firms_are_registered_with_their_township_when_asked()
    {
        var file = "企业名称,统一社会信用代码,乡镇街道,工业总产值\n金东新登记制造有限公司,91370200797522673R,孝顺,2500\n";
        var errors = await app.RefusedAsync(app.WriteFile("new.csv", Files.Utf8(file)));
        Assert.Contains("register-unknown", Assert.Single(errors["第2行 企业名称"]), StringComparison.Ordinal);

        var outcome = await app.ImportAsync(app.PathOf("new.csv"), registerUnknown: true);

        Assert.Equal((1, 1, 1), (outcome.Registered, outcome.Added, outcome.InitialTierMoves));
        var firm = await app.QueryAsync(db => db.Enterprises.SingleAsync(e => e.Name == "金东新登记制造有限公司"));
        var township = await app.QueryAsync(db => db.Townships.SingleAsync(t => t.Id == firm.TownshipId));
        Assert.Equal(("孝顺镇", "91370200797522673R", Tier.AboveScale), (township.Name, firm.CreditCode, firm.CurrentTier));
    }

    [Fact]
    public async Task A_firm_registered_by_an_import_is_left_as_registering_and_recording_it_would_and_is_found_by_name()
    {
        var registered = await app.SendAsync(new RegisterEnterprise("金东逐条登记制造有限公司", "孝顺镇"));
        await app.SendAsync(new RecordAnnualFigures(registered, 2024, FigureChanges.Of([KeyValuePair.Create(Measure.Output, (decimal?)12_000m)])));
        var file = "企业名称,乡镇街道,工业总产值\n金东批量登记制造有限公司,孝顺,12000\n";

        await app.ImportAsync(app.WriteFile("new.csv", Files.Utf8(file)), registerUnknown: true);

        var (one, bulk) = await app.QueryAsync(async db => (
            await db.Enterprises.SingleAsync(e => e.Id == registered),
            await db.Enterprises.SingleAsync(e => e.Name == "金东批量登记制造有限公司")));
        Assert.Equal((one.CurrentTier, one.Version, one.Status), (bulk.CurrentTier, bulk.Version, bulk.Status));
        var moves = await app.QueryAsync(db => db.TierMoves.Where(m => m.EnterpriseId == one.Id || m.EnterpriseId == bulk.Id)
            .OrderBy(m => m.EnterpriseId).Select(m => new { m.From, m.To, m.Kind, m.Year }).ToListAsync());
        Assert.Equal(2, moves.Count);
        Assert.Equal(moves[0], moves[1]);
        var found = await app.SendAsync(new ListEnterprises(Text: "批量登记"));
        Assert.Equal(bulk.Id, Assert.Single(found.Items).Id);
        Assert.Equal(bulk.Id, Assert.Single((await app.SendAsync(new ListEnterprises(Text: "jdpldj"))).Items).Id);
        Assert.Equal(registered, Assert.Single((await app.SendAsync(new ListEnterprises(Text: "jindongzhutiao"))).Items).Id);
    }

    [Fact]
    public async Task A_name_with_invisible_format_characters_matches_the_registered_firm_and_is_never_registered_as_a_second_one()
    {
        var outcome = await app.ImportAsync(app.WriteFile("zwsp.csv", Files.Utf8("企业名称,乡镇街道,工业总产值\n浙江曙光\u200B信息技术有限公司,孝顺镇,600000\n")), registerUnknown: true);
        var errors = await app.RefusedAsync(app.WriteFile("new.csv", Files.Utf8("企业名称,乡镇街道,工业总产值\n金东\u202E新登记制造有限公司,孝顺镇,2500\n")), registerUnknown: true);

        Assert.Equal((0, 1), (outcome.Registered, outcome.Added));
        Assert.Equal(1, await app.QueryAsync(db => db.Enterprises.CountAsync(e => e.Name.StartsWith("浙江曙光"))));
        Assert.Contains("看不见的格式字符", Assert.Single(errors["第2行 企业名称"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_an_unknown_firm_needs_its_township()
    {
        var errors = await app.RefusedAsync(app.WriteFile("new.csv", Files.Utf8("企业名称,乡镇街道,工业总产值\n甲公司,,5\n乙公司,火星镇,5\n")), registerUnknown: true);

        Assert.Contains("乡镇街道", Assert.Single(errors["第2行 乡镇街道"]), StringComparison.Ordinal);
        Assert.Contains("不是金东区的乡镇街道", Assert.Single(errors["第3行 乡镇街道"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_lines_above_the_header_are_passed_over()
    {
        var file = $"2024年金东区规模以上工业企业主要指标\n填报单位：区统计局,,\n\n企业名称,工业总产值,备注\n{Shuguang},600000,\n";

        var outcome = await app.ImportAsync(app.WriteFile("titled.csv", Files.Utf8(file)));

        Assert.Equal((1, 1), (outcome.Rows, outcome.Added));
    }

    [Fact]
    public async Task English_headers_in_any_order_are_recognised()
    {
        var outcome = await app.ImportAsync(app.WriteFile("en.csv", Files.Utf8($"Tax,Output,Name,Land_Mu\n1,600000,{Shuguang},2\n")));

        Assert.Equal(1, outcome.Added);
        var shuguang = await app.FirmIdAsync(1);
        var figures = await app.QueryAsync(db => db.AnnualFigures.SingleAsync(f => f.EnterpriseId == shuguang));
        Assert.Equal((600000m, 1m, 2m), (figures.Values.OutputWan, figures.Values.TaxWan, figures.Values.LandMu));
    }

    [Fact]
    public async Task A_viewer_may_not_import()
    {
        app.User.Become(AccountRole.Viewer);
        var path = app.WriteFile("2024.csv", Files.Utf8(GoodFile));
        var before = await app.SnapshotAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => app.ImportAsync(path));

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task A_township_officer_cannot_import_another_townships_firm_which_is_answered_as_unknown()
    {
        var dongxiao = await app.QueryAsync(db => db.Townships.Where(t => t.Name == "东孝街道").Select(t => t.Id).SingleAsync());
        app.User.Become(AccountRole.Township, dongxiao);

        var errors = await app.RefusedAsync(app.WriteFile("other.csv", Files.Utf8($"企业名称,工业总产值\n{Shuguang},5\n")));
        var registering = await app.RefusedAsync(app.WriteFile("other.csv", Files.Utf8($"企业名称,乡镇街道,工业总产值\n{Shuguang},东孝街道,5\n")), registerUnknown: true);

        Assert.Contains("库中没有这家企业", Assert.Single(errors["第2行 企业名称"]), StringComparison.Ordinal);
        Assert.Contains("名称或统一社会信用代码已被登记", Assert.Single(registering["第2行 企业名称"]), StringComparison.Ordinal);
    }
}
