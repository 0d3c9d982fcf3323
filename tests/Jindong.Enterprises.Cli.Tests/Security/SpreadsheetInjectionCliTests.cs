namespace Jindong.Enterprises.Cli.Tests.Security;

/// <summary>The command line's CSV (firms list, reports) neutralizes formula-like text as the web's downloads do.</summary>
public sealed class SpreadsheetInjectionCliTests : IAsyncDisposable
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"点击\")有限公司";

    private readonly JindongProcess jindong = new();

    [Fact]
    public void A_firm_named_like_a_formula_is_listed_in_csv_with_a_leading_apostrophe_and_numbers_stay_numbers()
    {
        Assert.Equal(0, jindong.Run("firms", "add", "--name", Formula, "--township", "孝顺镇", "--target", "超亿元").ExitCode);
        Assert.Equal(0, jindong.Run("figures", "record", Formula, "--year", "2023", "--output", "3000").ExitCode);

        var list = jindong.Run("firms", "list", "--text", "HYPERLINK", "--format", "csv");
        var gaps = jindong.Run("report", "gaps", "--year", "2023", "--format", "csv");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")有限公司\"", list.Stdout, StringComparison.Ordinal);
        var row = Assert.Single(gaps.Stdout.Split('\n'), l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK", row, StringComparison.Ordinal);
        Assert.Contains(",3000,2023,10000,7000,", row, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => jindong.DisposeAsync();
}
