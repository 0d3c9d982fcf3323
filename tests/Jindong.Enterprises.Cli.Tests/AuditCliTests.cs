using System.Text.Json;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>`jindong audit` as a clerk reads it: field by field, in Chinese (English with --lang en), with where each change came from.</summary>
public sealed class AuditCliTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();
    private readonly string directory = Directory.CreateTempSubdirectory("jindong-audit-cli-").FullName;

    [Fact]
    public void A_correction_is_shown_field_by_field_with_Chinese_labels_and_no_code_names()
    {
        Assert.Equal(0, jindong.Run("figures", "record", "9", "--year", "2023", "--output", "10000", "--value-added", "2600").ExitCode);
        Assert.Equal(0, jindong.Run("figures", "record", "9", "--year", "2023", "--output", "52000", "--value-added", "9800").ExitCode);

        var table = jindong.Run("audit", "--firm", "9");
        var entry = jindong.Json("audit", "--firm", "9", "--format", "json")[0];

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("录入年度数据", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("手工录入", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("浙江大众齿轮有限公司", table.Stdout, StringComparison.Ordinal);
        foreach (var raw in new[] { "RecordAnnualFigures", "valueAdded", "impliedTier", "manual" })
        {
            Assert.DoesNotContain(raw, table.Stdout, StringComparison.Ordinal);
        }

        Assert.Equal(
            ["产值对应档次: 超亿元 → 超5亿元", "工业总产值（万元）: 10,000 → 52,000", "增加值（万元）: 2,600 → 9,800"],
            Lines(entry));
    }

    [Fact]
    public void With_lang_en_the_same_trail_reads_in_English()
    {
        Assert.Equal(0, jindong.Run("figures", "record", "9", "--year", "2023", "--output", "10000").ExitCode);
        Assert.Equal(0, jindong.Run("figures", "record", "9", "--year", "2023", "--output", "52000").ExitCode);

        var entry = jindong.Json("audit", "--firm", "9", "--format", "json", "--lang", "en")[0];

        Assert.Equal("Figures recorded", entry.GetProperty("commandLabel").GetString());
        Assert.Equal("entered by hand", entry.GetProperty("sourceLabel").GetString());
        Assert.Contains("Output value (10k yuan): 10,000 → 52,000", Lines(entry));
    }

    [Fact]
    public void An_imported_change_names_the_file_it_came_from()
    {
        var file = Path.Combine(directory, "2023年规上工业.csv");
        File.WriteAllText(file, "企业名称,工业总产值\n浙江大众齿轮有限公司,52000\n");

        Assert.Equal(0, jindong.Run("import", "figures", file, "--year", "2023").ExitCode);

        var trail = jindong.Json("audit", "--firm", "9", "--format", "json");
        Assert.All(trail.EnumerateArray(), e => Assert.Equal("文件「2023年规上工业.csv」", e.GetProperty("sourceLabel").GetString()));
        Assert.Contains(trail.EnumerateArray(), e => Lines(e).Contains("工业总产值（万元）: — → 52,000"));
        Assert.Contains("文件「2023年规上工业.csv」", jindong.Run("audit", "--firm", "9").Stdout, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private static List<string> Lines(JsonElement entry) =>
        entry.GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("label").GetString()}: {c.GetProperty("before").GetString() ?? "—"} → {c.GetProperty("after").GetString() ?? "—"}")
            .ToList();
}
