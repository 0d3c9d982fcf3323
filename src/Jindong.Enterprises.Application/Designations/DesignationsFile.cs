using Jindong.Enterprises.Application.Resources;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// The layout of an announcement list (.xlsx or CSV), written once: each column's Chinese header (what
/// the template has) with the variants announcements print, and the template's example rows. A list of
/// one kind and year (a year's 高企 list) may leave out those columns and name them on the import.
/// </summary>
public static class DesignationsFile
{
    public static readonly IReadOnlyList<Import.FileColumn> Columns =
    [
        new("name", "企业名称", "企业", "单位名称", "name"),
        new("creditCode", "统一社会信用代码", "信用代码", "社会信用代码", "creditCode"),
        new("kind", "认定类型", "类型", "称号", "资质", "kind"),
        new("level", "级别", "level"),
        new("year", "认定年度", "年度", "年份", "year"),
        new("number", "证书编号", "编号", "文号", "number"),
        new("board", "板块", "上市板块", "挂牌场所", "board"),
        new("validTo", "有效期至", "有效期", "validTo"),
        new("announcement", "来源", "公告", "文件", "announcement"),
    ];

    public static IReadOnlyList<IReadOnlyList<object?>> ExampleRows =>
    [
        ["浙江大众齿轮有限公司", null, "国家高新技术企业", null, 2024, "GR202433001234", null, null, Messages.DesignationTemplateSource],
        ["浙江大众齿轮有限公司", null, "隐形冠军", "省级", 2024, null, null, null, Messages.DesignationTemplateSource],
        ["浙江大众齿轮有限公司", null, "上市企业", null, 2023, null, "创业板", null, Messages.DesignationTemplateSource],
    ];

    public static IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    /// <summary>The template's file name, without extension.</summary>
    public static string TemplateName => Messages.DesignationTemplateName;
}
