using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Review.Tests.Support;

namespace Jindong.Enterprises.Review.Tests.Efficiency;

/// <summary>The six firms of docs/efficiency.md's worked example, with their figures for a year.</summary>
internal static class EfficiencyFixture
{
    public const int Year = 2023;

    /// <summary>F1 … F6 by name; F1 and F3 are in 澧浦镇, the others in 孝顺镇.</summary>
    public static async Task<Dictionary<string, int>> WorkedExampleAsync(ReviewApp app, int year = Year)
    {
        var firms = new Dictionary<string, int>
        {
            ["F1"] = await FirmAsync(app, "F1", "澧浦镇", year, RecordFigures.Of(0, year, 50_000m, 52_000m, 1_200m, 9_000m, 40m, 300, 1_040m, 3_000m, 2m)),
            ["F2"] = await FirmAsync(app, "F2", "孝顺镇", year, RecordFigures.Of(0, year, 20_000m, 21_000m, 240m, 3_000m, 30m, 200, 420m, 1_500m, 1m)),
            ["F3"] = await FirmAsync(app, "F3", "澧浦镇", year, RecordFigures.Of(0, year, 8_000m, 8_000m, 50m, 1_200m, 25m, 100, 80m, 800m, null)),
            ["F4"] = await FirmAsync(app, "F4", "孝顺镇", year, RecordFigures.Of(0, year, 5_000m, 5_000m, 100m, 800m, 10m, 50, 200m, 200m, 0.5m)),
            ["F5"] = await FirmAsync(app, "F5", "孝顺镇", year, RecordFigures.Of(0, year, 3_000m, 3_000m, 20m, 300m, 20m, 60, 0m, 300m, 0.2m)),
            ["F6"] = await FirmAsync(app, "F6", "孝顺镇", year, RecordFigures.Of(0, year, 1_000m, 1_000m, 5m, 100m, 5m)),
        };
        return firms;
    }

    private static async Task<int> FirmAsync(ReviewApp app, string name, string township, int year, RecordAnnualFigures figures)
    {
        var id = await app.FirmAsync($"亩均测试企业{name}", township: township);
        await app.SendAsync(figures with { EnterpriseId = id, Year = year });
        return id;
    }
}
