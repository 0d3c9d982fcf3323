using System.Text.RegularExpressions;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>What a Chinese clerk sees from the command line: no English, no .NET type names, no raw codes.</summary>
public sealed partial class ChineseCliTests : IAsyncDisposable
{
    private readonly JindongProcess jindong = new();
    private readonly string directory = Directory.CreateTempSubdirectory("jindong-chinese-cli-").FullName;

    [Fact]
    public void Help_is_Chinese_throughout_including_System_CommandLines_own_headings_and_defaults()
    {
        var help = jindong.Run("audit", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("说明：", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("[默认：200]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("显示帮助和用法信息", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Description", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("default", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_refused_in_Chinese_naming_the_option_without_a_type_name()
    {
        var result = jindong.Run("firms", "list", "--page", "abc");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--page 的值“abc”无效：应为整数。", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("expected a whole number", jindong.Run("firms", "list", "--page", "abc", "--lang", "en").Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Firms_sort_by_pinyin_and_are_found_by_pinyin_initials()
    {
        var names = jindong.Json("firms", "list", "--sort", "name", "--format", "json").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
        var found = jindong.Json("firms", "list", "--text", "zjdzcl", "--format", "json").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();

        Assert.Equal(names.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false)), names);
        Assert.Equal(100, names.Count);
        Assert.Equal(["浙江大众齿轮有限公司"], found);
    }

    [Fact]
    public void Adding_an_account_prints_its_role_in_Chinese()
    {
        var result = jindong.RunWithInput("Jindong-role-test-2026\n", "users", "add", "--name", "lingdao", "--role", "viewer", "--password-stdin");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("角色 查看", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("viewer", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_output_has_Chinese_headers_and_words_and_English_ones_with_lang_en()
    {
        var csv = jindong.Run("firms", "list", "--format", "csv").Stdout.Split('\n');
        var english = jindong.Run("firms", "list", "--format", "csv", "--lang", "en").Stdout.Split('\n');
        var export = Path.Combine(directory, "firms.csv");
        Assert.Equal(0, jindong.Run("export", "firms", "--out", export).ExitCode);

        Assert.Equal("编号,序号,企业名称,统一社会信用代码,乡镇街道,细分行业,培育目标,档次,状态", csv[0].TrimStart('\uFEFF').TrimEnd('\r'));
        Assert.EndsWith(",在库", csv[1].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.StartsWith("Id,List no.,Firm", english[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(",在库,", File.ReadAllLines(export)[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",active,", File.ReadAllText(export), StringComparison.Ordinal);
    }

    [Fact]
    public void A_firms_segment_evidence_is_written_in_Chinese()
    {
        var shown = jindong.Run("firms", "show", "6").Stdout;

        Assert.Contains("按企业名称推断：名称含\"摩轮\"（摩托车轮毂", shown, StringComparison.Ordinal);
        foreach (var id in new[] { "1", "11", "35", "79" })
        {
            var notes = jindong.Json("firms", "show", id, "--format", "json").GetProperty("segmentNote").GetString()!;
            Assert.DoesNotMatch(EnglishWord(), notes);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>Three Latin letters in a row, other than the product abbreviations the plan itself prints (CPU, PVC, PET, DC).</summary>
    [GeneratedRegex(@"(?!CPU|PVC|PET)[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
