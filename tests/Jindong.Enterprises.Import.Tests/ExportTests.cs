using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Import.Tests.Support;

namespace Jindong.Enterprises.Import.Tests;

public sealed class ExportTests : IAsyncLifetime
{
    private const string File2024 =
        """
        企业名称,统一社会信用代码,乡镇街道,工业总产值,营业收入,税收,增加值,用地面积,从业人员,研发经费,能耗,排放
        浙江曙光信息技术有限公司,,,600000.1234,610000,25000.5,120000,350,2400,30000,8000,12.5
        同方计算机（浙江）有限公司,,,150000,,3000,,200,,,,
        金东导出测试有限公司,914403001922038216,傅村镇,0,,,,,,,,

        """;

    private readonly ImportApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(TabularFormat.Csv, "2024-out.csv")]
    [InlineData(TabularFormat.Xlsx, "2024-out.xlsx")]
    public async Task Exported_figures_imported_back_change_nothing(TabularFormat format, string fileName)
    {
        await app.ImportAsync(app.WriteFile("2024.csv", Files.Utf8(File2024)), registerUnknown: true);
        var before = await app.SnapshotAsync();

        var exported = await ExportFiguresAsync(2024, app.PathOf(fileName), format);
        var outcome = await app.ImportAsync(app.PathOf(fileName));

        Assert.Equal(3, exported);
        Assert.Equal((0, 0, 3), (outcome.Added, outcome.Corrected, outcome.Unchanged));
        Assert.Empty(outcome.UnknownColumns);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Exported_figures_use_the_import_headers_with_units()
    {
        await app.ImportAsync(app.WriteFile("2024.csv", Files.Utf8(File2024)), registerUnknown: true);

        await ExportFiguresAsync(2024, app.PathOf("out.csv"), TabularFormat.Csv);

        var lines = File.ReadAllLines(app.PathOf("out.csv"));
        Assert.Equal("企业名称,统一社会信用代码,乡镇街道,工业总产值(万元),营业收入(万元),税收(万元),增加值(万元),用地面积(亩),从业人员(人),研发经费(万元),能耗(吨标准煤),排放(吨)", lines[0].TrimStart('\uFEFF'));
        Assert.Contains("浙江曙光信息技术有限公司,,孝顺镇,600000.1234,610000,25000.5,120000,350,2400,30000,8000,12.5", lines);
    }

    [Fact]
    public async Task Exported_firms_start_with_the_columns_the_import_matches_on()
    {
        int count;
        await using (var file = File.Create(app.PathOf("firms.xlsx")))
        {
            count = await app.SendAsync(new ExportFirms(TabularFormat.Xlsx) { Output = file });
        }

        Assert.Equal(100, count);
        var rows = MiniExcelLibs.MiniExcel.Query(app.PathOf("firms.xlsx"), useHeaderRow: true, startCell: "A2").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(100, rows.Count);
        Assert.Equal(["企业名称", "统一社会信用代码", "乡镇街道"], rows[0].Keys.Take(3));
        Assert.Contains(rows, r => (string?)r["企业名称"] == "同方计算机(浙江)有限公司");
    }

    [Fact]
    public async Task Exported_firms_hold_credit_codes_as_text_so_no_spreadsheet_turns_them_into_numbers()
    {
        await app.SendAsync(new RegisterEnterprise("金华金东代码测试有限公司", "孝顺镇", "91350100M000100Y43"));
        await using (var file = File.Create(app.PathOf("codes.xlsx")))
        {
            await app.SendAsync(new ExportFirms(TabularFormat.Xlsx) { Output = file });
        }

        using var workbook = new Workbook(await File.ReadAllBytesAsync(app.PathOf("codes.xlsx")));

        var headerRow = workbook.RowWith("统一社会信用代码");
        var column = Workbook.Column(workbook.Rows[headerRow].Single(c => Workbook.Text(c) == "统一社会信用代码"));
        var codes = workbook.Rows.Skip(headerRow + 1).Select(cells => cells.SingleOrDefault(c => Workbook.Column(c) == column)).OfType<System.Xml.Linq.XElement>().ToList();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Equal("inlineStr", c.Attribute("t")!.Value));
        Assert.All(codes, c => Assert.Equal("@", workbook.FormatOf(c)));
        Assert.Equal("企业名录", workbook.SheetName);
    }

    private async Task<int> ExportFiguresAsync(int year, string path, TabularFormat format)
    {
        await using var file = File.Create(path);
        return await app.SendAsync(new ExportFigures(year, format) { Output = file });
    }
}
