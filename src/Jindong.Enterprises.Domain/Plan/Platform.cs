namespace Jindong.Enterprises.Domain.Plan;

/// <summary>重点发展平台 — a platform of the plan's Appendix 1.</summary>
public sealed class Platform
{
    private Platform()
    {
        Location = Name = GoalText = Vision = KeyFirms = KeySegments = string.Empty;
    }

    public Platform(int no, string location, string name, string goalText, string vision, string keyFirms, string keySegments)
    {
        No = no;
        Location = location;
        Name = name;
        GoalText = goalText;
        Vision = vision;
        KeyFirms = keyFirms;
        KeySegments = keySegments;
    }

    public int Id { get; private set; }

    public int No { get; private set; }

    public string Location { get; private set; }

    public string Name { get; private set; }

    /// <summary>The goal as printed; its figure is a target of the plan (seed/plan-targets.csv), not of the platform.</summary>
    public string GoalText { get; private set; }

    public string Vision { get; private set; }

    /// <summary>主要骨干企业 as printed.</summary>
    public string KeyFirms { get; private set; }

    /// <summary>重点细分产业 as printed.</summary>
    public string KeySegments { get; private set; }
}
