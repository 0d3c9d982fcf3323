namespace Jindong.Enterprises.Domain.Industries;

/// <summary>产业类别 — a top level of Table 5-2 (e.g. 传统优势产业).</summary>
public sealed class IndustryCategory
{
    private IndustryCategory()
    {
        Name = string.Empty;
    }

    public IndustryCategory(string name, int sortOrder)
    {
        Name = name;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }
}
