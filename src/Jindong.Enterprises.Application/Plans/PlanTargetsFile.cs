using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// The layout of a targets file (.xlsx or CSV), written once: each column's Chinese header (what the
/// template has), English aliases, and the example rows of the template.
/// </summary>
public static class PlanTargetsFile
{
    public static readonly IReadOnlyList<Import.FileColumn> Columns =
    [
        new("tier", "档次", "tier"),
        new("indicator", "指标", "indicator"),
        new("count", "计数", "count"),
        new("target", "目标值", "target"),
        new("base", "基数", "base"),
        new("unit", "单位", "unit"),
        new("nature", "性质", "nature"),
        new("category", "类别", "category"),
        new("name", "指标名称", "name"),
        new("township", "乡镇街道", "township"),
        new("year", "年度", "year"),
        new("source", "来源", "source"),
    ];

    /// <summary>The template's rows: a tier count, a township's share, a milestone, an indicator, a count, a phrase.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> ExampleRows =>
    [
        ["超亿元", null, null, "150", "120", null, "预期性", "企业成长", null, null, null, Messages.PlanTemplateSource],
        ["超亿元", null, null, "30", null, null, null, "企业成长", null, "孝顺镇", null, Messages.PlanTemplateSource],
        ["超亿元", null, null, "130", null, null, null, "企业成长", null, null, 2028, Messages.PlanTemplateSource],
        [null, "规上工业总产值", null, "800", "600", "亿元", "预期性", "规模质量", null, null, null, Messages.PlanTemplateSource],
        [null, null, "国家高新技术企业", "360", "240", "家", "预期性", "企业成长", "国家高新技术企业数量", null, null, Messages.PlanTemplateSource],
        [null, "单位工业增加值能耗", null, "完成省下达任务", null, "吨标准煤/万元", "约束性", "绿色集约", null, null, null, Messages.PlanTemplateSource],
    ];

    public static IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    /// <summary>The template's file name, without extension.</summary>
    public static string TemplateName => Messages.PlanTemplateName;
}
