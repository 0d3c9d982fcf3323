using System.Globalization;
using Jindong.Enterprises.Domain.Enterprises;

namespace Jindong.Enterprises.Benchmarks;

/// <summary>
/// Clearly synthetic firms ("合成测试企业000001有限公司") with valid credit codes and made-up
/// figures from a fixed seed, so every run and every format holds the same rows. Shared by the
/// import and load benches (each compiles this file in).
/// </summary>
internal static class SyntheticFirms
{
    public static readonly string[] Townships = ["多湖街道", "东孝街道", "孝顺镇", "傅村镇", "曹宅镇", "赤松镇", "塘雅镇", "澧浦镇", "岭下镇", "江东镇", "鞋塘办事处"];

    public static readonly string[] Header =
        ["企业名称", "统一社会信用代码", "乡镇街道", "工业总产值", "营业收入", "税收", "增加值", "用地面积", "从业人员", "研发经费", "能耗", "排放"];

    public static string Name(int i) => $"合成测试企业{i:D7}有限公司";

    /// <summary>"91330703" (a Jindong-like prefix) + an 8-digit organisation code with its check + the check character.</summary>
    public static string Code(int i)
    {
        var organization = i.ToString("D8", CultureInfo.InvariantCulture);
        var first17 = "91330703" + organization + UnifiedSocialCreditCode.OrganizationCheckCharacter(organization);
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    public static string Township(int i) => Townships[i % Townships.Length];

    /// <summary>The figures of firm <paramref name="i"/>: output, revenue, tax, value added, land, employees, R&amp;D, energy, emissions.</summary>
    public static Figures Values(int i)
    {
        var random = new Random(i);
        var output = Math.Round((decimal)(random.NextDouble() * random.NextDouble() * 300_000), 2);
        return new Figures(
            output,
            Math.Round(output * 1.02m, 2),
            Math.Round(output * 0.03m, 2),
            Math.Round(output * 0.22m, 2),
            Math.Round((decimal)(random.NextDouble() * 300), 1),
            random.Next(5, 3000),
            Math.Round(output * 0.02m, 2),
            Math.Round((decimal)(random.NextDouble() * 5000), 1),
            Math.Round((decimal)(random.NextDouble() * 50), 2));
    }

    public static object?[] Row(int i)
    {
        var v = Values(i);
        return [Name(i), Code(i), Township(i), v.Output, v.Revenue, v.Tax, v.ValueAdded, v.Land, v.Employees, v.Rd, v.Energy, v.Emissions];
    }
}

internal sealed record Figures(decimal Output, decimal Revenue, decimal Tax, decimal ValueAdded, decimal Land, int Employees, decimal Rd, decimal Energy, decimal Emissions)
{
    /// <summary>The values in the order of the Measure enum (Output, Revenue, … Emissions).</summary>
    public decimal[] InMeasureOrder => [Output, Revenue, Tax, ValueAdded, Land, Employees, Rd, Energy, Emissions];
}
