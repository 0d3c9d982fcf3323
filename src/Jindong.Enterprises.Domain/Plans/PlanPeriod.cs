namespace Jindong.Enterprises.Domain.Plans;

/// <summary>
/// 规划期 — a plan (十四五 2021–2025 with base year 2020, 十五五 2026–2030 …) whose targets the reports
/// of its years compare with. Its targets can be changed until it is closed.
/// </summary>
public sealed class PlanPeriod
{
    public const int CodeMaxLength = 20;
    public const int TitleMaxLength = 200;
    public const int SourceMaxLength = 300;

    private PlanPeriod()
    {
        Code = Title = Source = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The short name users type: 十四五, 十五五, 二次开发2.0.</summary>
    public string Code { get; private set; }

    public string Title { get; private set; }

    public PlanKind Kind { get; private set; }

    /// <summary>The document the plan and its targets come from.</summary>
    public string Source { get; private set; }

    /// <summary>The year the base values describe (2020 for the 十四五).</summary>
    public int BaseYear { get; private set; }

    public int FirstYear { get; private set; }

    /// <summary>The year the targets are to be reached by.</summary>
    public int LastYear { get; private set; }

    /// <summary>When the plan was closed: its targets are then final.</summary>
    public DateTime? ClosedAt { get; private set; }

    public int Version { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public static PlanPeriod Create(string code, string title, PlanKind kind, string source, int baseYear, int firstYear, int lastYear, DateTime now)
    {
        if (!(baseYear < firstYear && firstYear <= lastYear))
        {
            throw new DomainRuleException(DomainRules.PlanYearsOutOfOrder, baseYear, firstYear, lastYear);
        }

        return new PlanPeriod
        {
            Code = code,
            Title = title,
            Kind = kind,
            Source = source,
            BaseYear = baseYear,
            FirstYear = firstYear,
            LastYear = lastYear,
            Version = 1,
            UpdatedAt = now,
        };
    }

    public bool Covers(int year) => FirstYear <= year && year <= LastYear;

    /// <summary>Whether two plans share a year.</summary>
    public bool Overlaps(int firstYear, int lastYear) => FirstYear <= lastYear && firstYear <= LastYear;

    /// <summary>Refuses a change of the plan's targets once it is closed.</summary>
    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException(DomainRules.PlanClosed, Code);
        }
    }

    public void Close(DateTime now)
    {
        EnsureOpen();
        ClosedAt = now;
        Touch(now);
    }

    /// <summary>Marks a change of the plan's targets, so two editors of one plan cannot both win unseen.</summary>
    public void Touch(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }
}
