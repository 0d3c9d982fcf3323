namespace Jindong.Enterprises.Domain.Plan;

/// <summary>小微企业园 — a micro-enterprise park of the plan's Appendix 2.</summary>
public sealed class MicroPark
{
    private MicroPark()
    {
        Name = LeadingIndustries = Status = string.Empty;
    }

    public MicroPark(int no, string name, int townshipId, string leadingIndustries, decimal areaMu, string status)
    {
        No = no;
        Name = name;
        TownshipId = townshipId;
        LeadingIndustries = leadingIndustries;
        AreaMu = areaMu;
        Status = status;
    }

    public int Id { get; private set; }

    public int No { get; private set; }

    public string Name { get; private set; }

    public int TownshipId { get; private set; }

    public string LeadingIndustries { get; private set; }

    public decimal AreaMu { get; private set; }

    /// <summary>认定状态 as printed (e.g. 省级).</summary>
    public string Status { get; private set; }
}
