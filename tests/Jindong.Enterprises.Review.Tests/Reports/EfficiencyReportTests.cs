using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Review.Tests.Support;

namespace Jindong.Enterprises.Review.Tests.Reports;

/// <summary>The worked example of docs/efficiency.md, through the real report on the seeded 2023 scheme.</summary>
public sealed class EfficiencyReportTests : ReviewTest
{
    private const int Year = 2023;

    [Fact]
    public async Task The_worked_example_in_the_docs_scores_and_classes_the_five_firms_as_written()
    {
        var f1 = await Firm("F1", RecordFigures.Of(0, Year, 50_000m, 52_000m, 1_200m, 9_000m, 40m, 300, 1_040m, 3_000m, 2m));
        var f2 = await Firm("F2", RecordFigures.Of(0, Year, 20_000m, 21_000m, 240m, 3_000m, 30m, 200, 420m, 1_500m, 1m));
        var f3 = await Firm("F3", RecordFigures.Of(0, Year, 8_000m, 8_000m, 50m, 1_200m, 25m, 100, 80m, 800m, null));
        var f4 = await Firm("F4", RecordFigures.Of(0, Year, 5_000m, 5_000m, 100m, 800m, 10m, 50, 200m, 200m, 0.5m));
        var f5 = await Firm("F5", RecordFigures.Of(0, Year, 3_000m, 3_000m, 20m, 300m, 20m, 60, 0m, 300m, 0.2m));
        var f6 = await Firm("F6", RecordFigures.Of(0, Year, 1_000m, 1_000m, 5m, 100m, 5m));

        var report = await App.SendAsync(new GetEfficiencyReport(Year));

        Assert.Equal(2023, report.SchemeYear);
        var rows = report.Rows.ToDictionary(r => r.Id);
        Assert.Equal((124.9588m, "A", false), Row(rows[f1]));
        Assert.Equal((60.4731m, "B", false), Row(rows[f2]));
        Assert.Equal((35.9783m, "B", true), Row(rows[f3]));
        Assert.Equal((79.2071m, "B", false), Row(rows[f4]));
        Assert.Equal((16.6712m, "D", true), Row(rows[f5]));
        Assert.Equal(((decimal?)null, (string?)null, true), (rows[f6].Score, rows[f6].Class, rows[f6].LowEfficiency));
        Assert.Equal((30m, 225m), (rows[f1].TaxPerMu!.Value, rows[f1].ValueAddedPerMu!.Value));
        Assert.Equal((2m, 48m), (rows[f3].TaxPerMu!.Value, rows[f3].ValueAddedPerMu!.Value));
    }

    [Fact]
    public async Task A_year_before_any_scheme_uses_the_earliest_one_and_says_so()
    {
        var report = await App.SendAsync(new GetEfficiencyReport(2021));

        Assert.Equal(2023, report.SchemeYear);
        Assert.Contains("黄岩", report.SchemeSource, StringComparison.Ordinal);
        Assert.Empty(report.Rows);
    }

    private static (decimal? Score, string? Class, bool? Low) Row(EfficiencyRow row) => (row.Score, row.Class, row.LowEfficiency);

    private async Task<int> Firm(string name, RecordAnnualFigures figures)
    {
        var id = await App.FirmAsync($"亩均测试企业{name}");
        await App.SendAsync(figures with { EnterpriseId = id });
        return id;
    }
}
