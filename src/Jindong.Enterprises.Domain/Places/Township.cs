namespace Jindong.Enterprises.Domain.Places;

/// <summary>乡镇街道 — one of Jindong's eleven townships.</summary>
public sealed class Township
{
    private Township()
    {
        Name = string.Empty;
        ShortName = string.Empty;
    }

    public Township(int no, string name, string shortName)
    {
        No = no;
        Name = name;
        ShortName = shortName;
    }

    public int Id { get; private set; }

    /// <summary>The township's position in the plan's list.</summary>
    public int No { get; private set; }

    public string Name { get; private set; }

    /// <summary>The short form the plan's appendices print (e.g. 孝顺 for 孝顺镇).</summary>
    public string ShortName { get; private set; }
}
