using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;
using Xunit.Abstractions;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// Small files that unpack into hundreds of megabytes of text, uploaded by a township officer to
/// the running web server (its own process): each is refused naming the row and column, and the
/// server's peak resident memory grows by less than the bound docs/import.md documents.
/// </summary>
public sealed partial class ImportMemoryBoundTests(ITestOutputHelper output)
{
    /// <summary>docs/import.md: "an import of a hostile file costs the web server less than 200 MB".</summary>
    private const long PeakGrowthBound = 200L * 1024 * 1024;

    [Fact]
    public async Task Hostile_workbooks_and_csv_files_are_refused_by_row_and_column_and_the_servers_peak_memory_stays_within_the_bound()
    {
        await using var host = await RegistryHost.StartAsync();
        await host.SendAsync(new CreateUser("xiaoshun", JindongWebFactory.Password, "township", "孝顺镇"));
        await using var server = await WebServerProcess.StartAsync(host.Database);
        using var client = await server.SignedInClientAsync("xiaoshun", JindongWebFactory.Password);

        // What any import needs (the code paths, the firm index) is in the peak before the hostile files.
        Assert.Contains("预览", await ImportUpload.PreviewPageAsync(client, "good.csv", Encoding.UTF8.GetBytes("企业名称,工业总产值\n浙江曙光信息技术有限公司,5\n")), StringComparison.Ordinal);
        Assert.Contains("预览", await ImportUpload.PreviewPageAsync(client, "good.xlsx", Workbook(["企业名称", "工业总产值", "浙江曙光信息技术有限公司"], "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>5</v></c></row>")), StringComparison.Ordinal);
        var before = server.PeakResidentBytes;

        foreach (var (name, content, refusal) in HostileFiles())
        {
            output.WriteLine($"{name}: {content.Length:N0} bytes");
            var html = await ImportUpload.PreviewPageAsync(client, name, content);
            Assert.Matches(refusal, WebUtility.HtmlDecode(html));
            output.WriteLine($"  peak so far: {server.PeakResidentBytes / (1 << 20)} MB (before: {before / (1 << 20)} MB)");
        }

        var growth = server.PeakResidentBytes - before;
        Assert.True(growth < PeakGrowthBound, $"The server's peak resident memory grew by {growth / (1 << 20)} MB (bound {PeakGrowthBound / (1 << 20)} MB).");
    }

    /// <summary>Each hostile file and the refusal it gets (row and column named).</summary>
    private static IEnumerable<(string Name, byte[] Content, Regex Refusal)> HostileFiles()
    {
        // 12,000 shared strings of 32,000 characters: 384 million characters from a 0.4 MB file.
        yield return ("shared-strings.xlsx",
            Workbook(Enumerable.Repeat(new string('x', 32_000), 12_000),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>工业总产值</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>11999</v></c><c r=\"B2\"><v>5</v></c></row>"),
            SharedStringRefusal());

        // One row of 16,000 inline strings of 32,000 characters each: half a billion characters in one row.
        var cells = new StringBuilder();
        var text = new string('y', 32_000);
        for (var column = 0; column < 16_000; column++)
        {
            cells.Append("<c t=\"inlineStr\"><is><t>").Append(text).Append("</t></is></c>");
        }

        yield return ("one-row.xlsx", Workbook([], $"<row r=\"1\">{cells}</row>"), RowRefusal());

        // A CSV line of 15,000 cells of 1,000 characters: within the 16 MiB record, but 15 million characters in one row.
        var csv = new StringBuilder("企业名称,工业总产值");
        var cell = new string('z', 1_000);
        for (var column = 0; column < 15_000; column++)
        {
            csv.Append(',').Append(cell);
        }

        yield return ("wide.csv", Encoding.UTF8.GetBytes(csv.Append("\n浙江曙光信息技术有限公司,5\n").ToString()), RowRefusal());
    }

    /// <summary>An .xlsx whose sheet holds <paramref name="sheetData"/>, its parts written straight into the zip (never whole in memory).</summary>
    private static byte[] Workbook(IEnumerable<string> sharedStrings, string sheetData)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<StreamWriter> write)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                write(writer);
            }

            Part("[Content_Types].xml", w => w.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            Part("xl/workbook.xml", w => w.Write($"<?xml version=\"1.0\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part("xl/_rels/workbook.xml.rels", w => w.Write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
            Part("xl/sharedStrings.xml", w =>
            {
                w.Write($"<?xml version=\"1.0\"?><sst xmlns=\"{Main}\">");
                foreach (var s in sharedStrings)
                {
                    w.Write("<si><t>");
                    w.Write(s);
                    w.Write("</t></si>");
                }

                w.Write("</sst>");
            });
            Part("xl/worksheets/sheet1.xml", w => w.Write($"<?xml version=\"1.0\"?><worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>"));
        }

        return stream.ToArray();
    }

    [GeneratedRegex("第2行 A 列.*共享字符串")]
    private static partial Regex SharedStringRefusal();

    [GeneratedRegex("第1行.*超过 1048576 个字符")]
    private static partial Regex RowRefusal();
}
