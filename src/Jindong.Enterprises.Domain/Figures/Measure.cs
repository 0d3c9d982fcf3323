namespace Jindong.Enterprises.Domain.Figures;

/// <summary>年度指标 — one of the measures a firm reports for a year.</summary>
public enum Measure
{
    /// <summary>工业总产值 (万元).</summary>
    Output,

    /// <summary>营业收入 (万元).</summary>
    Revenue,

    /// <summary>税收 (万元).</summary>
    Tax,

    /// <summary>增加值 (万元).</summary>
    ValueAdded,

    /// <summary>用地面积 (亩).</summary>
    Land,

    /// <summary>从业人员 (人).</summary>
    Employees,

    /// <summary>研发经费 (万元).</summary>
    Rd,

    /// <summary>能耗 (吨标准煤).</summary>
    Energy,

    /// <summary>主要污染物排放 (吨).</summary>
    Emissions,
}
