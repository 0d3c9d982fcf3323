using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Tables;

namespace Jindong.Enterprises.Infrastructure.Export;

/// <summary>
/// Writes one table as an .xlsx workbook a clerk can file: the title lines (report, year, plan,
/// basis) above the header, a units row under it, a sheet named in Chinese, number formats by
/// column kind (万元 with thousands separators, rates as %, years ungrouped, text columns such as
/// credit codes formatted as text so no spreadsheet turns them into E-notation), the header frozen,
/// column widths fitted to the first rows, and the filter buttons both Excel and LibreOffice show
/// (the autoFilter and its <c>_xlnm._FilterDatabase</c> name). Rows stream to the zip as they are
/// enumerated; every text is an inline string cell, which no spreadsheet runs as a formula.
/// </summary>
internal static class XlsxSheetWriter
{
    /// <summary>Rows read ahead to fit the column widths before the first row is written.</summary>
    private const int WidthSampleRows = 200;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The cell styles of styles.xml, by their index there.</summary>
    private enum Style
    {
        General = 0,
        Title = 1,
        Header = 2,
        Units = 3,
        Text = 4,
        Amount = 5,
        Count = 6,
        Percent = 7,
        Year = 8,
    }

    public static int Write(Stream output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, SheetLayout? layout)
    {
        var kinds = Enumerable.Range(0, header.Count).Select(i => layout?.Kinds.ElementAtOrDefault(i) ?? CellKind.Text).ToList();
        var units = layout?.Units is { } given && given.Any(u => !string.IsNullOrEmpty(u)) ? given : null;
        var titles = layout?.TitleLines ?? [];
        var sheetName = SheetName(layout?.Name);

        using var rowsRead = rows.GetEnumerator();
        var sample = new List<IReadOnlyList<object?>>();
        while (sample.Count < WidthSampleRows && rowsRead.MoveNext())
        {
            sample.Add(rowsRead.Current);
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes);
        Part(zip, "_rels/.rels", PackageRelationships);
        Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        Part(zip, "xl/styles.xml", Styles);

        var headerRow = titles.Count + 1;
        var lastRow = headerRow + (units is null ? 0 : 1);
        var count = 0;
        string range;
        // A zip being written holds one entry open at a time: the sheet is closed before the workbook,
        // which names the filter range only the sheet's last row fixes.
        using (var sheet = XmlWriter.Create(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open(), XmlSettings))
        {
            sheet.WriteStartElement("worksheet", Main);
            sheet.WriteStartElement("sheetViews");
            sheet.WriteStartElement("sheetView");
            sheet.WriteAttributeString("workbookViewId", "0");
            sheet.WriteStartElement("pane");
            sheet.WriteAttributeString("ySplit", Number(lastRow));
            sheet.WriteAttributeString("topLeftCell", "A" + Number(lastRow + 1));
            sheet.WriteAttributeString("activePane", "bottomLeft");
            sheet.WriteAttributeString("state", "frozen");
            sheet.WriteEndElement();
            sheet.WriteEndElement();
            sheet.WriteEndElement();

            sheet.WriteStartElement("cols");
            for (var i = 0; i < header.Count; i++)
            {
                sheet.WriteStartElement("col");
                sheet.WriteAttributeString("min", Number(i + 1));
                sheet.WriteAttributeString("max", Number(i + 1));
                sheet.WriteAttributeString("width", Width(header[i], units?.ElementAtOrDefault(i), sample.Select(r => i < r.Count ? r[i] : null), kinds[i]));
                sheet.WriteAttributeString("customWidth", "1");
                sheet.WriteEndElement();
            }

            sheet.WriteEndElement();

            sheet.WriteStartElement("sheetData");
            var rowNumber = 0;
            foreach (var title in titles)
            {
                WriteRow(sheet, ++rowNumber, [title], _ => Style.Title);
            }

            WriteRow(sheet, ++rowNumber, header.ToArray(), _ => Style.Header);
            if (units is not null)
            {
                WriteRow(sheet, ++rowNumber, Enumerable.Range(0, header.Count).Select(i => (object?)units.ElementAtOrDefault(i)).ToArray(), _ => Style.Units);
            }

            foreach (var row in sample.Concat(Rest(rowsRead)))
            {
                WriteRow(sheet, ++rowNumber, row, i => StyleOf(kinds.ElementAtOrDefault(i)));
                count++;
            }

            sheet.WriteEndElement();

            range = FilterRange(headerRow, header.Count, rowNumber);
            sheet.WriteStartElement("autoFilter");
            sheet.WriteAttributeString("ref", range);
            sheet.WriteEndElement();
            sheet.WriteEndElement();
        }

        using (var workbook = XmlWriter.Create(zip.CreateEntry("xl/workbook.xml", CompressionLevel.Fastest).Open(), XmlSettings))
        {
            workbook.WriteStartElement("workbook", Main);
            workbook.WriteAttributeString("xmlns", "r", null, Relationships);
            workbook.WriteStartElement("sheets");
            workbook.WriteStartElement("sheet");
            workbook.WriteAttributeString("name", sheetName);
            workbook.WriteAttributeString("sheetId", "1");
            workbook.WriteAttributeString("id", Relationships, "rId1");
            workbook.WriteEndElement();
            workbook.WriteEndElement();
            // LibreOffice shows filter buttons only for the range this hidden name holds.
            workbook.WriteStartElement("definedNames");
            workbook.WriteStartElement("definedName");
            workbook.WriteAttributeString("name", "_xlnm._FilterDatabase");
            workbook.WriteAttributeString("localSheetId", "0");
            workbook.WriteAttributeString("hidden", "1");
            workbook.WriteString($"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(range)}");
            workbook.WriteEndElement();
            workbook.WriteEndElement();
            workbook.WriteEndElement();
        }

        return count;
    }

    private static IEnumerable<T> Rest<T>(IEnumerator<T> started)
    {
        while (started.MoveNext())
        {
            yield return started.Current;
        }
    }

    private static void WriteRow(XmlWriter sheet, int number, IReadOnlyList<object?> cells, Func<int, Style> style)
    {
        sheet.WriteStartElement("row");
        sheet.WriteAttributeString("r", Number(number));
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i];
            if (value is null)
            {
                continue;
            }

            sheet.WriteStartElement("c");
            sheet.WriteAttributeString("r", TabularLimits.ColumnName(i) + Number(number));
            sheet.WriteAttributeString("s", ((int)style(i)).ToString(CultureInfo.InvariantCulture));
            if (NumberText(value) is { } numeric)
            {
                sheet.WriteElementString("v", numeric);
            }
            else
            {
                sheet.WriteAttributeString("t", "inlineStr");
                sheet.WriteStartElement("is");
                sheet.WriteStartElement("t");
                sheet.WriteAttributeString("xml", "space", null, "preserve");
                sheet.WriteString(XmlSafe(TableWriter.Text(value)!));
                sheet.WriteEndElement();
                sheet.WriteEndElement();
            }

            sheet.WriteEndElement();
        }

        sheet.WriteEndElement();
    }

    /// <summary>A number as the cell's value (so Excel sums it); null for anything written as text.</summary>
    private static string? NumberText(object value) => value switch
    {
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        int or long => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static Style StyleOf(CellKind kind) => kind switch
    {
        CellKind.Amount => Style.Amount,
        CellKind.Count => Style.Count,
        CellKind.Percent => Style.Percent,
        CellKind.Year => Style.Year,
        _ => Style.Text,
    };

    /// <summary>A column's width in characters: its widest of header, unit and sampled cells, a CJK character counting two.</summary>
    private static string Width(string header, string? unit, IEnumerable<object?> cells, CellKind kind)
    {
        var widest = Math.Max(Display(header), Display(unit));
        foreach (var cell in cells)
        {
            var shown = cell is null ? string.Empty : kind is CellKind.Amount or CellKind.Count ? TableCells.Show(cell, kind) : TableWriter.Text(cell) ?? string.Empty;
            widest = Math.Max(widest, Display(shown));
        }

        return Math.Clamp(widest + 2, 6, 60).ToString(CultureInfo.InvariantCulture);
    }

    private static int Display(string? text) => text?.Sum(c => c >= 0x2E80 ? 2 : 1) ?? 0;

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string? name)
    {
        var cleaned = new string((name ?? string.Empty).Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim('\'', ' ');
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(cleaned.Length, 31)];
    }

    private static string FilterRange(int headerRow, int columns, int lastRow) =>
        $"A{Number(headerRow)}:{TabularLimits.ColumnName(Math.Max(columns, 1) - 1)}{Number(Math.Max(lastRow, headerRow))}";

    private static string Absolute(string range) => string.Join(':', range.Split(':').Select(cell =>
    {
        var digits = cell.AsSpan().IndexOfAnyInRange('0', '9');
        return $"${cell[..digits]}${cell[digits..]}";
    }));

    /// <summary>Characters XML 1.0 cannot hold (control characters a pasted cell may carry) are dropped, not written into a broken file.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """;

    private const string WorkbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
        """;

    // cellXfs in the order of Style: general, title, header, units, text (@), amount (#,##0.00## 万元
    // keep up to four places), count (#,##0), percent (0.0%), year (0, never grouped).
    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00##"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font><font><b/><sz val="13"/><name val="等线"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """;
}
