using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Jindong.Enterprises.Testing;

/// <summary>An .xlsx read as its parts, to check what a spreadsheet program would show: cells, their formats, the frozen pane, the filter.</summary>
public sealed class Workbook : IDisposable
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly ZipArchive zip;

    public Workbook(byte[] bytes)
    {
        zip = new ZipArchive(new MemoryStream(bytes));
        Sheet = Part("xl/worksheets/sheet1.xml");
        Book = Part("xl/workbook.xml");
        Styles = Part("xl/styles.xml");
    }

    public XDocument Sheet { get; }

    public XDocument Book { get; }

    public XDocument Styles { get; }

    public string SheetName => Book.Descendants(Main + "sheet").Single().Attribute("name")!.Value;

    /// <summary>Every row's cells, in order (empty cells are absent).</summary>
    public IReadOnlyList<IReadOnlyList<XElement>> Rows => Sheet.Descendants(Main + "row").Select(r => (IReadOnlyList<XElement>)r.Elements(Main + "c").ToList()).ToList();

    /// <summary>The 0-based index of the first row that holds <paramref name="header"/>.</summary>
    public int RowWith(string header) => Rows.ToList().FindIndex(cells => cells.Any(c => Text(c) == header));

    /// <summary>A cell's text: an inline or a plain value.</summary>
    public static string Text(XElement cell) =>
        cell.Attribute("t")?.Value == "inlineStr" ? string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)) : cell.Element(Main + "v")?.Value ?? string.Empty;

    /// <summary>The 0-based column of a cell from its reference ("C7" → 2).</summary>
    public static int Column(XElement cell) =>
        cell.Attribute("r")!.Value.TakeWhile(char.IsLetter).Aggregate(0, (n, letter) => (n * 26) + letter - 'A' + 1) - 1;

    /// <summary>The number format of a cell's style: its custom code, or Excel's built-in one.</summary>
    public string FormatOf(XElement cell)
    {
        var xf = Styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(int.Parse(cell.Attribute("s")?.Value ?? "0", CultureInfo.InvariantCulture));
        var id = xf.Attribute("numFmtId")!.Value;
        return Styles.Descendants(Main + "numFmt").SingleOrDefault(f => f.Attribute("numFmtId")!.Value == id)?.Attribute("formatCode")!.Value
            ?? id switch { "49" => "@", "1" => "0", "3" => "#,##0", _ => "General" };
    }

    public void Dispose() => zip.Dispose();

    private XDocument Part(string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
