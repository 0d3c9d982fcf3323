using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Import.Tests.Support;

namespace Jindong.Enterprises.Import.Tests.Fuzz;

/// <summary>
/// Bad input, generated: valid CSV and .xlsx files mutated byte by byte, re-encoded, and built to
/// be hostile (huge cells, a million columns, formula cells, zip bombs), each imported as a dry run
/// and for real. Every file must be imported whole or refused with Chinese messages, never half
/// written, never crash, and finish in bounded time. The mutations come from fixed seeds: a
/// failure names its seed and case, which replays it exactly.
/// </summary>
/// <remarks>
/// The cases share one seeded registry (a fixture): each checks what its own import wrote
/// against the counts just before it, so what earlier cases imported does not matter, and on
/// PostgreSQL the cases do not each pay for a database of their own.
/// </remarks>
public sealed partial class ImportFuzzTests(ImportApp app) : IClassFixture<ImportApp>
{
    private const int Seed = 20_261_125;

    /// <summary>Mutations per base file: a few hundred imports in all, a few seconds on SQLite.</summary>
    private const int Mutations = 200;

    /// <summary>A hang or a quadratic blow-up shows as an import far slower than this; a normal one takes milliseconds.</summary>
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private static readonly string Csv =
        """
        2024年规上工业企业主要指标
        企业名称,统一社会信用代码,乡镇街道,工业总产值,营业收入,税收,增加值,用地面积,从业人员
        ,,,万元,万元,万元,万元,亩,人
        浙江曙光信息技术有限公司,,孝顺镇,600000,610000,"25,000.5",120000,350,2400
        同方计算机（浙江）有限公司,,,150000,,3000,,200,
        浙江好易点智能科技有限公司,,,９９９９.９９,,,,,

        """;

    private static readonly object?[][] Rows =
    [
        ["企业名称", "工业总产值", "税收", "用地面积"],
        ["浙江曙光信息技术有限公司", 600000, 25000.5m, 350],
        ["同方计算机(浙江)有限公司", 150000, 3000, 200],
        ["浙江好易点智能科技有限公司", "9999.99", null, null],
    ];

    [Fact]
    public async Task Mutated_csv_files_are_imported_whole_or_refused_in_chinese_and_never_half_written()
    {
        var original = Files.Utf8(Csv);
        var refused = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var random = new Random(Seed + i);
            var (content, how) = Mutate(random, original);
            var messages = await ImportsWholeOrRefusedAsync($"seed {Seed}, csv case {i}: {how}", "mutated.csv", content, dryRun: random.Next(2) == 0);
            refused += messages.Count > 0 ? 1 : 0;
        }

        // Both paths were taken: the mutations neither all broke the file nor all left it importable.
        Assert.InRange(refused, 1, Mutations - 1);
    }

    [Fact]
    public async Task Csv_files_in_any_encoding_are_imported_whole_or_refused_in_chinese()
    {
        var encodings = new (string Name, Func<string, byte[]> Encode)[]
        {
            ("UTF-8", Files.Utf8),
            ("UTF-8 BOM", Files.Utf8WithBom),
            ("GB18030", Files.Gbk),
            ("UTF-16LE BOM", text => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]),
            ("UTF-16BE BOM", text => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)]),
            ("UTF-16LE", Encoding.Unicode.GetBytes),
            ("Latin-1", Encoding.Latin1.GetBytes),
            ("UTF-32 BOM", text => [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)]),
        };
        for (var i = 0; i < Mutations / 2; i++)
        {
            var random = new Random(Seed + i);
            var (name, encode) = encodings[i % encodings.Length];
            var (content, how) = random.Next(3) == 0 ? Mutate(random, encode(Csv)) : (encode(Csv), "as encoded");
            await ImportsWholeOrRefusedAsync($"seed {Seed}, encoding case {i} ({name}): {how}", "encoded.csv", content, dryRun: random.Next(2) == 0);
        }
    }

    [Fact]
    public async Task Mutated_workbooks_are_imported_whole_or_refused_in_chinese_and_never_half_written()
    {
        var workbooks = new[] { Files.Xlsx(Rows), Files.ExcelStyleXlsx("浙江曙光信息技术有限公司", "600000") };
        var refused = 0;
        for (var i = 0; i < Mutations; i++)
        {
            var random = new Random(Seed + i);
            var original = workbooks[i % workbooks.Length];
            var (content, how) = random.Next(3) == 0 ? MutateInsideZip(random, original) : Mutate(random, original);
            var messages = await ImportsWholeOrRefusedAsync($"seed {Seed}, xlsx case {i}: {how}", "mutated.xlsx", content, dryRun: random.Next(2) == 0);
            refused += messages.Count > 0 ? 1 : 0;
        }

        Assert.InRange(refused, 1, Mutations - 1);
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_file_is_imported_whole_or_refused_in_chinese_in_bounded_time(string name, Func<byte[]> build, string? expected)
    {
        var content = build();

        foreach (var dryRun in new[] { true, false })
        {
            var messages = await ImportsWholeOrRefusedAsync($"{name} (dry run: {dryRun})", name, content, dryRun);
            if (expected is not null)
            {
                Assert.True(messages.Any(m => m.Contains(expected, StringComparison.Ordinal)), $"{name}: expected “{expected}”, got: {string.Join(" | ", messages.Select(Shorten))}");
            }
        }
    }

    [Fact]
    public async Task A_new_firm_whose_name_holds_control_characters_is_refused_and_nothing_registered()
    {
        // A NUL deep in the file passes the binary sniff of the first bytes, and PostgreSQL cannot store it.
        var content = Files.Utf8("企业名称,乡镇街道,工业总产值\n" + "浙江曙光信息技术有限公司,孝顺镇,5\n" + new string(' ', 5_000) + "\n金华\0示例\u0007有限公司,孝顺镇,5\n");

        var errors = await app.RefusedAsync(app.WriteFile("nul.csv", content), registerUnknown: true);

        Assert.Contains(errors.Values.SelectMany(m => m), m => m.Contains("控制字符", StringComparison.Ordinal));
    }

    public static TheoryData<string, Func<byte[]>, string?> HostileFiles() => new()
    {
        { "empty.csv", () => [], "文件是空的" },
        { "bom.csv", () => [0xEF, 0xBB, 0xBF], "文件是空的" },
        { "empty.xlsx", () => [], "文件是空的" },
        { "huge-cell.csv", () => Files.Utf8($"企业名称,工业总产值\n{new string('企', 3_000_000)},5\n"), "超过" },
        { "huge-number.csv", () => Files.Utf8($"企业名称,工业总产值\n浙江曙光信息技术有限公司,{new string('9', 4_000_000)}\n"), "超过" },
        { "unclosed-quote.csv", () => Files.Utf8("企业名称,工业总产值\n\"浙江曙光信息技术有限公司,5\n" + string.Concat(Enumerable.Repeat("某公司,1\n", 3_000_000))), "格式错误" },
        { "million-columns.csv", () => Files.Utf8(string.Join(',', Enumerable.Repeat("列", 1_000_000)) + "\n1\n"), "列" },
        { "million-columns-with-header.csv", () => Files.Utf8("企业名称,工业总产值," + string.Join(',', Enumerable.Range(0, 1_000_000)) + "\n浙江曙光信息技术有限公司,5\n"), "列" },
        { "many-long-unknown-names.csv", () => Files.Utf8("企业名称,工业总产值\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{i}{new string('甲', 30_000)},5\n"))), "库中没有这家企业" },
        { "huge-cell.xlsx", () => Files.Xlsx([["企业名称", "工业总产值"], [new string('企', 3_000_000), 5]]), "超过" },
        { "formulas.xlsx", () => Workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>工业总产值</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"str\"><f>HYPERLINK(\"http://example.invalid\",\"浙江曙光信息技术有限公司\")</f><v>浙江曙光信息技术有限公司</v></c><c r=\"B2\"><f>1+1</f></c></row><row r=\"3\"><c r=\"A3\" t=\"str\"><f>=cmd|' /C calc'!A0</f></c><c r=\"B3\"><f>=1+1</f><v>2</v></c></row>"), "不能为空" },
        { "million-columns.xlsx", () => Workbook("<dimension ref=\"A1:BDWGN2\"/>", "<row r=\"1\" spans=\"1:1000000\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>工业总产值</t></is></c><c r=\"BDWGN1\" t=\"inlineStr\"><is><t>某列</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>浙江曙光信息技术有限公司</t></is></c><c r=\"B2\"><v>5</v></c></row>"), "列" },
        { "overflowing-column.xlsx", () => Workbook("<row r=\"1\"><c r=\"ZZZZZZZZZZ1\" t=\"inlineStr\"><is><t>企业名称</t></is></c></row>"), "列" },
        { "million-cells.xlsx", () => Workbook("<row r=\"1\">" + string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 1_000_000)) + "</row>"), "列" },
        { "bomb.xlsx", Bomb, "超过" },
        { "bad-encoding.xlsx", () => Zip(WorkbookParts("<?xml version=\"1.0\" encoding=\"x-no-such-encoding\"?>", string.Empty, "<row r=\"1\"/>")), "损坏" },
        { "missing-shared-string.xlsx", () => Workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999999999</v></c></row>"), "损坏" },
        { "dtd.xlsx", () => Zip(WorkbookParts("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]>", string.Empty, "<row r=\"1\"/>")), "损坏" },
        { "not-a-zip.xlsx", () => Files.Utf8("企业名称,工业总产值\n浙江曙光信息技术有限公司,5\n"), "损坏" },
        { "no-sheets.xlsx", () => Zip(new Dictionary<string, string> { ["[Content_Types].xml"] = "<Types/>" }), "损坏" },
    };

    /// <summary>Imports one file and checks the outcome; returns the refusal's messages (none when it was imported).</summary>
    private async Task<IReadOnlyList<string>> ImportsWholeOrRefusedAsync(string replay, string name, byte[] content, bool dryRun)
    {
        var path = app.WriteFile(name, content);
        var before = await app.SnapshotAsync();
        var watch = Stopwatch.StartNew();
        ImportOutcome? outcome = null;
        Exception? failure = null;
        try
        {
            outcome = await app.ImportAsync(path, dryRun: dryRun);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        watch.Stop();
        var after = await app.SnapshotAsync();
        Assert.True(watch.Elapsed < Bounded, $"{replay}: took {watch.Elapsed}");
        if (failure is not null)
        {
            var refusal = Assert.IsAssignableFrom<InputValidationException>(failure);
            var messages = refusal.Errors.Values.SelectMany(m => m).ToList();
            Assert.True(messages.Count > 0, $"{replay}: refused without a message");
            Assert.True(messages.All(m => Chinese().IsMatch(m)), $"{replay}: a message is not Chinese: {string.Join(" | ", messages.Select(Shorten))}");
            Assert.True(messages.All(m => m.Length < 2_000), $"{replay}: a message is {messages.Max(m => m.Length)} characters long");
            Assert.True(before == after, $"{replay}: refused, yet wrote {before} → {after}");
            return messages;
        }

        Assert.NotNull(outcome);
        if (dryRun || outcome.ChangesNothing)
        {
            Assert.True(before == after, $"{replay}: {(dryRun ? "a dry run" : "an import that changes nothing")} wrote {before} → {after}");
        }
        else
        {
            // All of it: every added row is a new year's record, every correction keeps one earlier version.
            Assert.True(
                after.AnnualFigures - before.AnnualFigures == outcome.Added
                && after.AnnualFiguresRevisions - before.AnnualFiguresRevisions == outcome.Corrected
                && after.Enterprises - before.Enterprises == outcome.Registered
                && after.AuditEntries > before.AuditEntries,
                $"{replay}: imported {outcome}, but wrote {before} → {after}");
        }

        return [];
    }

    /// <summary>One to four random byte-level edits: flips, inserts, deletions, a truncation, a duplicated run.</summary>
    private static (byte[] Content, string How) Mutate(Random random, byte[] original)
    {
        var bytes = new List<byte>(original);
        var how = new List<string>();
        for (var edits = random.Next(1, 5); edits > 0; edits--)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    how.Add($"flip bit at {at}");
                    break;
                case 1:
                    var inserted = new byte[random.Next(1, 8)];
                    random.NextBytes(inserted);
                    bytes.InsertRange(at, inserted);
                    how.Add($"insert {Convert.ToHexString(inserted)} at {at}");
                    break;
                case 2 when bytes.Count > 0:
                    var count = Math.Min(random.Next(1, 64), bytes.Count - at);
                    bytes.RemoveRange(at, count);
                    how.Add($"delete {count} at {at}");
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    how.Add($"truncate at {at}");
                    break;
                case 4:
                    var special = "\",\n\r\0\u00A0１－;\t=+-@"u8.ToArray();
                    bytes.Insert(at, special[random.Next(special.Length)]);
                    how.Add($"insert special byte at {at}");
                    break;
                case 5 when bytes.Count > 0:
                    var length = Math.Min(random.Next(1, 256), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    how.Add($"repeat {length} at {at}");
                    break;
                default:
                    bytes[Math.Min(at, Math.Max(0, bytes.Count - 1))] = bytes.Count > 0 ? (byte)random.Next(256) : (byte)0;
                    how.Add($"set byte at {at}");
                    break;
            }
        }

        return ([.. bytes], string.Join(", ", how));
    }

    /// <summary>A workbook whose zip is intact but whose XML parts are mutated: the damage reaches the XML reader.</summary>
    private static (byte[] Content, string How) MutateInsideZip(Random random, byte[] workbook)
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                parts[entry.FullName] = copy.ToArray();
            }
        }

        var names = parts.Keys.Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var target = names[random.Next(names.Count)];
        var (mutated, how) = Mutate(random, parts[target]);
        parts[target] = mutated;
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return (output.ToArray(), $"{target}: {how}");
    }

    /// <summary>A zip bomb: a few hundred kilobytes that inflate to a 64-million-character cell.</summary>
    private static byte[] Bomb()
    {
        var parts = WorkbookParts("<?xml version=\"1.0\"?>", string.Empty, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>BOMB</t></is></c></row>");
        var (head, tail) = parts["xl/worksheets/sheet1.xml"].Split("BOMB") is [var h, var t] ? (h, t) : throw new InvalidOperationException();
        parts.Remove("xl/worksheets/sheet1.xml");
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }

            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            sheet.Write(head);
            var zeros = new string('0', 1 << 20);
            for (var i = 0; i < 64; i++)
            {
                sheet.Write(zeros);
            }

            sheet.Write(tail);
        }

        return stream.ToArray();
    }

    private static byte[] Workbook(string sheetData) => Workbook(string.Empty, sheetData);

    private static byte[] Workbook(string beforeSheetData, string sheetData) =>
        Zip(WorkbookParts("<?xml version=\"1.0\"?>", beforeSheetData, sheetData));

    private static Dictionary<string, string> WorkbookParts(string declaration, string beforeSheetData, string sheetData)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
            ["xl/workbook.xml"] = $"<?xml version=\"1.0\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
            ["xl/worksheets/sheet1.xml"] = $"{declaration}<worksheet xmlns=\"{Main}\">{beforeSheetData}<sheetData>{sheetData}</sheetData></worksheet>",
        };
    }

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }

    private static string Shorten(string message) => message.Length > 300 ? message[..300] + "…" : message;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
