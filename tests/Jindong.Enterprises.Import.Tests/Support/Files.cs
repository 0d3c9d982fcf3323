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

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }
}
