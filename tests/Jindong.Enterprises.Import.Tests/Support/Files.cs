using System.Text;
using MiniExcelLibs;

namespace Jindong.Enterprises.Import.Tests.Support;

/// <summary>Builds the files a test imports: CSV in the encodings Excel writes, and .xlsx.</summary>
public static class Files
{
    public static readonly Encoding Gb18030 = CreateGb18030();

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.Preamble, .. Utf8(text)];

    public static byte[] Gbk(string text) => Gb18030.GetBytes(text);

    /// <summary>An .xlsx of the given rows (the first is the header), in the sheet named.</summary>
    public static byte[] Xlsx(IReadOnlyList<object?[]> rows, string sheet = "Sheet1")
    {
        var header = rows[0].Select(c => c!.ToString()!).ToArray();
        var records = rows.Skip(1).Select(r => (IDictionary<string, object?>)header.Select((h, i) => (h, v: i < r.Length ? r[i] : null)).ToDictionary(p => p.h, p => p.v)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(records, printHeader: true, sheetName: sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>
    /// A workbook as Excel itself writes one: strings in the shared-string table (one of them
    /// rich text with a phonetic hint), cells addressed by reference with gaps, a units row, and
    /// a second sheet first in the workbook's relationships.
    /// </summary>
    public static byte[] ExcelStyleXlsx(string firmName, string output)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            ["xl/workbook.xml"] = $"<?xml version=\"1.0\"?><x:workbook xmlns:x=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><x:sheets><x:sheet name=\"数据\" sheetId=\"1\" r:id=\"rId2\"/><x:sheet name=\"说明\" sheetId=\"2\" r:id=\"rId1\"/></x:sheets></x:workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>",
            ["xl/sharedStrings.xml"] = $"<?xml version=\"1.0\"?><sst xmlns=\"{Main}\"><si><t>企业名称</t></si><si><r><t>工业总</t></r><r><rPr><b/></rPr><t>产值</t></r><rPh><t>チ</t></rPh></si><si><t xml:space=\"preserve\">{firmName}</t></si><si><t>万元</t></si></sst>",
            ["xl/worksheets/sheet1.xml"] = $"<?xml version=\"1.0\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>不是这张表</t></is></c></row></sheetData></worksheet>",
            ["xl/worksheets/sheet2.xml"] = $"<?xml version=\"1.0\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\" t=\"s\"><v>3</v></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"C4\"><f>1+1</f><v>{output}</v></c></row></sheetData></worksheet>",
        };
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
