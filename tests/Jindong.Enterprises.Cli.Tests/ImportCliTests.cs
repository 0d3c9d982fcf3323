using System.Text;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>`jindong import figures` and `jindong export`, run as processes on a fresh database file.</summary>
public sealed class ImportCliTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();
    private readonly string directory = Directory.CreateTempSubdirectory("jindong-import-cli-").FullName;

    [Fact]
    public void A_bad_file_exits_2_explains_every_bad_row_on_stderr_and_writes_nothing()
    {
        var file = Write("bad.csv", "企业名称,工业总产值\n浙江曙光信息技术有限公司,abc\n没有这家公司,5\n", Encoding.UTF8);
        var errors = Path.Combine(directory, "errors.csv");

        var result = jindong.Run("import", "figures", file, "--year", "2024", "--errors", errors);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("第2行 工业总产值“abc”：不是数字", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("第3行 企业名称“没有这家公司”", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(errors).Length);
    }

    [Fact]
    public void A_file_with_a_million_columns_and_a_huge_cell_exits_2_with_a_short_chinese_message()
    {
        var columns = Write("columns.csv", "企业名称,工业总产值," + string.Join(',', Enumerable.Range(0, 1_000_000)) + "\n浙江曙光信息技术有限公司,5\n", Encoding.UTF8);
        var cell = Write("cell.csv", $"企业名称,工业总产值\n{new string('企', 3_000_000)},5\n", Encoding.UTF8);

        var wide = jindong.Run("import", "figures", columns, "--year", "2024");
        var huge = jindong.Run("import", "figures", cell, "--year", "2024", "--dry-run");
        var figures = jindong.Json("firms", "show", "1", "--format", "json").GetProperty("figures");

        Assert.Equal((2, 2), (wide.ExitCode, huge.ExitCode));
        Assert.Contains("第1行超过 16384 列", wide.Stderr, StringComparison.Ordinal);
        Assert.Contains("第2行 A 列的内容超过 32767 个字符", huge.Stderr, StringComparison.Ordinal);
        Assert.InRange(huge.Stderr.Length, 1, 1_000);
        Assert.Equal(0, figures.GetArrayLength());
    }

    [Fact]
    public void A_gbk_file_imports_then_exports_and_reimports_unchanged()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Write("2024.csv", "企业名称,工业总产值,税收\n,万元,万元\n同方计算机（浙江）有限公司,150000,3000\n", Encoding.GetEncoding("GB18030"));

        var preview = jindong.Run("import", "figures", file, "--year", "2024", "--dry-run");
        var imported = jindong.Run("import", "figures", file, "--year", "2024");
        var exported = jindong.Run("export", "figures", "--year", "2024", "--out", Path.Combine(directory, "out.xlsx"));
        var again = jindong.Run("import", "figures", Path.Combine(directory, "out.xlsx"), "--year", "2024");

        Assert.Equal((0, 0, 0, 0), (preview.ExitCode, imported.ExitCode, exported.ExitCode, again.ExitCode));
        Assert.Contains("预览", preview.Stdout, StringComparison.Ordinal);
        Assert.Contains("GB18030", imported.Stdout, StringComparison.Ordinal);
        Assert.Contains("已导入 2024 年数据", imported.Stdout, StringComparison.Ordinal);
        Assert.Contains("已导出 1 行", exported.Stdout, StringComparison.Ordinal);
        Assert.Contains("未作任何更改", again.Stdout, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, encoding.GetBytes(text));
        return path;
    }
}
