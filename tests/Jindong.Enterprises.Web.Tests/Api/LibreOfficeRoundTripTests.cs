using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>
/// Every .xlsx the app offers, opened by a real spreadsheet program (LibreOffice, headless), shows
/// the values of the same download's CSV and of its JSON: numbers through their number formats,
/// credit codes as their 18 characters, the header row even when there are no rows.
/// </summary>
public sealed partial class LibreOfficeRoundTripTests(RoundTripDownloads downloads) : IClassFixture<RoundTripDownloads>
{
    private const string CreditCodeHeader = "统一社会信用代码";

    public static TheoryData<string> All => new([.. RoundTripDownloads.Reports, .. RoundTripDownloads.Exports]);

    public static TheoryData<string> Reports => new(RoundTripDownloads.Reports);

    /// <summary>Numbers a table shows otherwise than its JSON by design: an explanation's lines count from 1 on paper, from 0 in JSON.</summary>
    private static readonly HashSet<(string Report, string Key)> NumberedOtherwise = [("explanation", "order")];

    [Theory]
    [MemberData(nameof(All))]
    public void LibreOffice_shows_every_cell_of_the_workbook_as_the_csv_download_holds_it(string name)
    {
        var trip = downloads[name];
        var shown = DataRows(trip);
        var expected = trip.Csv.Skip(1).ToList();
        for (var r = 0; r < expected.Count; r++)
        {
            for (var c = 0; c < trip.Csv[0].Length; c++)
            {
                var csv = SpreadsheetText.Restore(Cell(expected[r], c));
                Assert.True(Same(csv, Cell(shown[r], c)), $"{name}, row {r + 1}, {trip.Csv[0][c]}: the CSV has '{csv}', LibreOffice shows '{Cell(shown[r], c)}'.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void LibreOffice_shows_each_number_of_a_report_as_its_json_gives_it(string name)
    {
        var trip = downloads[name];
        var shown = DataRows(trip);
        Assert.Equal(trip.Json!.Count, shown.Count);
        var columns = trip.Columns!.Select((column, at) => (column, at))
            .Where(c => c.column.Kind is CellKind.Amount or CellKind.Count or CellKind.Percent or CellKind.Year && !NumberedOtherwise.Contains((name, c.column.Key)));
        foreach (var (column, at) in columns)
        {
            for (var r = 0; r < shown.Count; r++)
            {
                var cell = Cell(shown[r], at);
                var json = trip.Json[r].TryGetProperty(column.Key, out var value) ? value : default;
                var expected = json.ValueKind switch
                {
                    JsonValueKind.Number => json.GetRawText(),
                    JsonValueKind.String => json.GetString()!,
                    _ => string.Empty,
                };
                Assert.True(Same(expected, cell), $"{name}, row {r + 1}, {column.Key}: the JSON has '{expected}', LibreOffice shows '{cell}'.");
            }
        }
    }

    [Fact]
    public void A_report_without_rows_opens_with_its_header_row()
    {
        var trip = downloads["efficiency-empty"];

        Assert.Empty(trip.Json!);
        Assert.Empty(DataRows(trip));
    }

    [Theory]
    [InlineData("firms")]
    [InlineData("figures")]
    public void Credit_codes_come_back_as_their_18_characters_never_as_numbers(string name)
    {
        var trip = downloads[name];
        var column = Array.IndexOf(trip.Csv[0], CreditCodeHeader);
        var codes = DataRows(trip).Select(row => Cell(row, column)).ToList();

        Assert.Contains(RoundTripDownloads.DigitsOnlyCode, codes);
        Assert.Contains(RoundTripDownloads.LetteredCode, codes);
        Assert.All(codes.Where(code => code.Length > 0), code => Assert.Matches("^[0-9A-HJ-NPQRTUWXY]{18}$", code));
    }

    /// <summary>The rows under the header (and the units row, if any) as LibreOffice shows them; fails when it shows no header row.</summary>
    private static List<string[]> DataRows(RoundTrip trip)
    {
        var header = trip.Csv[0];
        var at = trip.Calc.ToList().FindIndex(row => header.Select((h, i) => Cell(row, i) == SpreadsheetText.Restore(h)).All(same => same));
        Assert.True(at >= 0, $"{trip.Name}: LibreOffice shows no header row ({string.Join(',', header)}); it shows:\n{string.Join('\n', trip.Calc.Select(r => string.Join(',', r)))}");
        var rows = trip.Calc.Skip(at + 1).ToList();
        var expected = trip.Csv.Count - 1;
        // A units row (万元, 家 …) sits between the header and the data where any column has a unit.
        Assert.True(rows.Count == expected || rows.Count == expected + 1, $"{trip.Name}: {expected} rows in the CSV, {rows.Count} under LibreOffice's header.");
        return rows.Skip(rows.Count - expected).ToList();
    }

    private static string Cell(string[] row, int column) => column < row.Length ? row[column] : string.Empty;

    /// <summary>
    /// Text must match exactly. A number written canonically ("12345.5", "0.1234") may be shown
    /// through its format ("12,345.50", "12.3%"), rounded to no fewer places than the app keeps
    /// (four, or a tenth of a percent for a rate); never in E-notation, never losing digits.
    /// </summary>
    private static bool Same(string expected, string shown)
    {
        if (expected == shown)
        {
            return true;
        }

        if (!CanonicalNumber().IsMatch(expected) || !ShownNumber().IsMatch(shown))
        {
            return false;
        }

        var percent = shown.EndsWith('%');
        var digits = shown.Replace(",", string.Empty, StringComparison.Ordinal).TrimEnd('%');
        var value = decimal.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) / (percent ? 100 : 1);
        var places = (digits.Contains('.', StringComparison.Ordinal) ? digits.Length - digits.IndexOf('.', StringComparison.Ordinal) - 1 : 0) + (percent ? 2 : 0);
        var number = decimal.Parse(expected, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var kept = expected.Contains('.', StringComparison.Ordinal) ? expected.Length - expected.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return places >= Math.Min(kept, percent ? 3 : 4) && Math.Round(number, places, MidpointRounding.AwayFromZero) == value;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial Regex CanonicalNumber();

    [GeneratedRegex(@"^-?[0-9][0-9,]*(\.[0-9]+)?%?$")]
    private static partial Regex ShownNumber();
}
