using System.Globalization;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>A report downloaded as .xlsx is a sheet a clerk files: titled, with units, formats, a frozen header and filter buttons.</summary>
public sealed class ReportWorkbookTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    private const string OutputHeader = "最近产值（万元）";

    [Fact]
    public async Task A_report_workbook_has_its_title_and_basis_above_the_header_units_below_it_and_numbers_formatted()
    {
        var firm = await app.SendAsAdminAsync(new RegisterEnterprise("金华金东表格测试有限公司", "孝顺镇", Target: "超10亿元"));
        await app.SendAsAdminAsync(RecordFigures.Of(firm, 2023, 12_345.5m));
        var client = await app.SignedInClientAsync("leader");

        var json = await (await client.GetAsync("/api/reports/gaps?year=2023")).JsonAsync();
        var bytes = await client.GetByteArrayAsync("/api/reports/gaps?year=2023&format=xlsx");
        using var workbook = new Workbook(bytes);

        var rows = workbook.Rows;
        var headerRow = workbook.RowWith(OutputHeader);
        var output = Workbook.Column(rows[headerRow].Single(c => Workbook.Text(c) == OutputHeader));
        Assert.Equal(workbook.SheetName, Workbook.Text(rows[0][0]));
        Assert.Contains(rows.Take(headerRow), cells => Workbook.Text(cells[0]).Contains("2023", StringComparison.Ordinal));
        Assert.Contains(rows.Take(headerRow), cells => Workbook.Text(cells[0]).StartsWith("生成于", StringComparison.Ordinal));
        Assert.Equal("万元", Workbook.Text(rows[headerRow + 1].Single(c => Workbook.Column(c) == output)));
        var data = rows.Skip(headerRow + 2).ToList();
        Assert.Equal(json.GetArrayLength(), data.Count);
        var name = json.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == firm).GetProperty("name").GetString();
        var cell = data.Single(cells => cells.Any(c => Workbook.Text(c) == name)).Single(c => Workbook.Column(c) == output);
        Assert.Equal("12345.5", Workbook.Text(cell));
        Assert.Equal("#,##0.00##", workbook.FormatOf(cell));

        var pane = workbook.Sheet.Descendants(Workbook.Main + "pane").Single();
        Assert.Equal("frozen", pane.Attribute("state")!.Value);
        Assert.Equal(headerRow + 2, int.Parse(pane.Attribute("ySplit")!.Value, CultureInfo.InvariantCulture));
        var filter = workbook.Sheet.Root!.Element(Workbook.Main + "autoFilter")!.Attribute("ref")!.Value;
        Assert.Equal($"A{headerRow + 1}", filter.Split(':')[0]);
        var filterName = workbook.Book.Descendants(Workbook.Main + "definedName").Single(d => d.Attribute("name")!.Value == "_xlnm._FilterDatabase");
        Assert.Contains($"!$A${headerRow + 1}:$", filterName.Value, StringComparison.Ordinal);
        Assert.Empty(workbook.Sheet.Descendants(Workbook.Main + "f"));
    }
}
