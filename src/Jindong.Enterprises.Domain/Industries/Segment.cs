namespace Jindong.Enterprises.Domain.Industries;

/// <summary>细分行业 — a segment of Table 5-2 (e.g. 水泥基材料).</summary>
public sealed class Segment
{
    private Segment()
    {
        Name = string.Empty;
        Industry = null!;
    }

    public Segment(Industry industry, string name, int sortOrder)
    {
        Industry = industry;
        Name = name;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public int IndustryId { get; private set; }

    public Industry Industry { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }
}
