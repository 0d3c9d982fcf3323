using System.IO.Compression;
using System.Text;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Import.Tests.Support;

namespace Jindong.Enterprises.Import.Tests;

/// <summary>Spreadsheets as a clerk meets them: formats the import does not read are named as such, exports open ready to file.</summary>
public sealed class SpreadsheetFormatTests : IAsyncLifetime
{
    private readonly ImportApp app = new();

    [Theory]
    [InlineData("2024.ods")]
    [InlineData("2024统计.xlsx")]
    public async Task An_OpenDocument_spreadsheet_is_refused_as_unsupported_and_told_to_save_as_xlsx_or_csv(string name)
    {
        var errors = await app.RefusedAsync(app.WriteFile(name, OpenDocumentSpreadsheet()));

        var message = Assert.Single(errors["文件"]);
        Assert.Contains("不支持 OpenDocument 表格（.ods）", message, StringComparison.Ordinal);
        Assert.Contains("另存为 .xlsx 或 CSV", message, StringComparison.Ordinal);
        Assert.DoesNotContain("损坏", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_export_without_rows_still_has_its_header_row_frozen()
    {
        await using (var file = File.Create(app.PathOf("empty.xlsx")))
        {
            Assert.Equal(0, await app.SendAsync(new ExportFigures(2024, TabularFormat.Xlsx) { Output = file }));
        }

        var rows = MiniExcelLibs.MiniExcel.Query(app.PathOf("empty.xlsx")).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("2024 年企业年度数据", rows[0].Values.First());
        Assert.Equal(["企业名称", "统一社会信用代码", "乡镇街道"], rows[1].Values.Take(3));
        using var zip = ZipFile.OpenRead(app.PathOf("empty.xlsx"));
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Contains("state=\"frozen\"", await sheet.ReadToEndAsync(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    /// <summary>A spreadsheet as LibreOffice saves it: the "mimetype" entry first and uncompressed, then the content.</summary>
    private static byte[] OpenDocumentSpreadsheet()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mimetype = zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open())
            {
                mimetype.Write(Encoding.ASCII.GetBytes("application/vnd.oasis.opendocument.spreadsheet"));
            }

            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        }

        return buffer.ToArray();
    }
}
