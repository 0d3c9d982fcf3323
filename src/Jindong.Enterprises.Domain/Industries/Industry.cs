namespace Jindong.Enterprises.Domain.Industries;

/// <summary>产业 — an industry of Table 5-2 (e.g. 建筑建材).</summary>
public sealed class Industry
{
    private Industry()
    {
        Name = string.Empty;
        Category = null!;
    }

    public Industry(IndustryCategory category, string name, int sortOrder)
    {
        Category = category;
        Name = name;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public int CategoryId { get; private set; }

    public IndustryCategory Category { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }
}
