using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>One download three ways: the app's own CSV, the .xlsx as LibreOffice shows it, and (for a report) its JSON rows and columns.</summary>
/// <param name="Columns">The report's columns (their JSON keys and kinds); null for an export, which has no JSON form.</param>
public sealed record RoundTrip(string Name, IReadOnlyList<TableColumn>? Columns, IReadOnlyList<JsonElement>? Json, IReadOnlyList<string[]> Csv, IReadOnlyList<string[]> Calc);

/// <summary>
/// A registry with a year of awkward figures (four decimal places, firms with credit codes, a 亩均
/// run), and every .xlsx the app offers downloaded once and read back by one LibreOffice run.
/// </summary>
public sealed class RoundTripDownloads : JindongWebFactory
{
    public const int Year = 2023;

    /// <summary>A year no 亩均 evaluation was run: its report has no rows.</summary>
    public const int EmptyYear = 2019;

    /// <summary>All digits, the code a spreadsheet most readily turns into 9.14403E+17.</summary>
    public const string DigitsOnlyCode = "914403001922038216";

    public const string LetteredCode = "91350100M000100Y43";

    public static readonly IReadOnlyList<string> YearReports = ["progress", "townships", "industries", "gaps", "efficiency", "classes", "remediation"];

    public static readonly IReadOnlyList<string> Exports = ["firms", "figures", "template"];

    public static IReadOnlyList<string> Reports => [.. YearReports, "efficiency-empty", "evaluation", "explanation"];

    private readonly Dictionary<string, RoundTrip> trips = [];

    public RoundTrip this[string name] => trips[name];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var explained = await RecordYearAsync();
        var admin = await SignedInClientAsync("admin");
        (await admin.PostAsync($"/api/efficiency/{Year}/run", null)).EnsureSuccessStatusCode();
        var plan = (await admin.GetFromJsonAsync<JsonElement>("/api/plans"))[0].GetProperty("code").GetString()!;

        var pending = new List<(string Name, IReadOnlyList<TableColumn>? Columns, IReadOnlyList<JsonElement>? Json, byte[] Xlsx, string Csv)>();
        foreach (var kind in YearReports)
        {
            pending.Add(await ReportAsync(admin, kind, $"/api/reports/{kind}?year={Year}", m => ReportTables.ForYearAsync(m, kind, Year, default)!, null));
        }

        pending.Add(await ReportAsync(admin, "efficiency-empty", $"/api/reports/efficiency?year={EmptyYear}", m => ReportTables.ForYearAsync(m, "efficiency", EmptyYear, default)!, null));
        pending.Add(await ReportAsync(admin, "evaluation", $"/api/plans/{plan}/evaluation?", m => ReportTables.ForPlanAsync(m, "evaluation", plan, default)!, "rows"));
        pending.Add(await ReportAsync(admin, "explanation", $"/api/efficiency/{Year}/firms/{explained}/explanation?", m => EfficiencyTables.ExplanationAsync(m, Year, explained, default), "lines"));
        pending.Add(await ExportAsync("firms", (format, file) => new ExportFirms(format) { Output = file }));
        pending.Add(await ExportAsync("figures", (format, file) => new ExportFigures(Year, format) { Output = file }));
        pending.Add(("template", null, null, await admin.GetByteArrayAsync("/api/plans/template?format=xlsx"), await admin.GetStringAsync("/api/plans/template?format=csv")));

        var folder = Directory.CreateTempSubdirectory("jindong-roundtrip-").FullName;
        try
        {
            var workbooks = new List<string>();
            foreach (var download in pending)
            {
                workbooks.Add(Path.Combine(folder, download.Name + ".xlsx"));
                await File.WriteAllBytesAsync(workbooks[^1], download.Xlsx);
            }

            var shown = Directory.CreateDirectory(Path.Combine(folder, "csv")).FullName;
            await LibreOffice.ConvertToCsvAsync(workbooks, shown);
            foreach (var download in pending)
            {
                var calc = Path.Combine(shown, download.Name + ".csv");
                Assert.True(File.Exists(calc), $"LibreOffice wrote no CSV for {download.Name}.xlsx: it could not open the workbook.");
                trips[download.Name] = new(download.Name, download.Columns, download.Json, Parse(download.Csv), Parse(await File.ReadAllTextAsync(calc)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Figures with four decimal places for six listed firms and two with credit codes; returns the firm whose 亩均 explanation is downloaded.</summary>
    private async Task<int> RecordYearAsync()
    {
        var firms = new List<int>();
        for (var listNo = 1; listNo <= 6; listNo++)
        {
            firms.Add(await FirmIdAsync(listNo));
        }

        firms.Add(await SendAsAdminAsync(new RegisterEnterprise("金华金东往返测试有限公司", "孝顺镇", DigitsOnlyCode, Target: "超亿元")));
        firms.Add(await SendAsAdminAsync(new RegisterEnterprise("金华金东代码往返有限公司", "江东镇", LetteredCode)));
        for (var i = 0; i < firms.Count; i++)
        {
            await SendAsAdminAsync(RecordFigures.Of(
                firms[i], Year, 123_456.7891m * (i + 1), Revenue: 130_000.12m + i, Tax: 1_234.5678m * (i + 1), ValueAdded: 23_456.789m + i,
                Land: 12.3456m + i, Employees: 321 + i, Rd: 2_345.6m, Energy: 1_000.5m + i, Emissions: 3.25m + i));
        }

        return firms[0];
    }

    private async Task<(string, IReadOnlyList<TableColumn>?, IReadOnlyList<JsonElement>?, byte[], string)> ReportAsync(
        HttpClient client, string name, string url, Func<MediatR.IMediator, Task<ReportTable>> table, string? rowsProperty)
    {
        var columns = (await AsAdminAsync(table)).Columns;
        var json = await client.GetFromJsonAsync<JsonElement>(url);
        var rows = (rowsProperty is null ? json : json.GetProperty(rowsProperty)).EnumerateArray().Select(r => r.Clone()).ToList();
        return (name, columns, rows, await client.GetByteArrayAsync(url + "&format=xlsx"), await client.GetStringAsync(url + "&format=csv"));
    }

    /// <summary>An export the CLI writes (`jindong export firms|figures`), through the same command.</summary>
    private async Task<(string, IReadOnlyList<TableColumn>?, IReadOnlyList<JsonElement>?, byte[], string)> ExportAsync(string name, Func<TabularFormat, Stream, MediatR.IRequest<int>> export)
    {
        using var xlsx = new MemoryStream();
        using var csv = new MemoryStream();
        await SendAsAdminAsync(export(TabularFormat.Xlsx, xlsx));
        await SendAsAdminAsync(export(TabularFormat.Csv, csv));
        return (name, null, null, xlsx.ToArray(), Encoding.UTF8.GetString(csv.ToArray()));
    }

    /// <summary>RFC 4180 as both writers write it: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var text = csv.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
