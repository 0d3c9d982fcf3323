namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>
/// 亩均效益综合评价 of one year, run as a workflow: computed (townships check and flag data errors,
/// it may be run again) → published for 公示 with its dates (objections are recorded and decided)
/// → final. It keeps the method's terms and the run's averages it applied, and its results are
/// stored rows, so a final year reads the same whatever changes later.
/// </summary>
public sealed class EfficiencyEvaluation
{
    private EfficiencyEvaluation()
    {
        Terms = null!;
        Stats = null!;
        RunBy = string.Empty;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public EvaluationStatus Status { get; private set; }

    /// <summary>The method's terms as the last run applied them.</summary>
    public MethodTerms Terms { get; private set; }

    /// <summary>The method's version the last run applied; a later change of the method means the run is out of date.</summary>
    public int MethodVersion { get; private set; }

    public EvaluationStats Stats { get; private set; }

    /// <summary>How many times the year was computed before publication.</summary>
    public int Runs { get; private set; }

    public string RunBy { get; private set; }

    public DateTime RunAt { get; private set; }

    public string? PublishedBy { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>公示 from this China date …</summary>
    public DateOnly? PublicityStart { get; private set; }

    /// <summary>… to this one, inclusive.</summary>
    public DateOnly? PublicityEnd { get; private set; }

    public string? FinalizedBy { get; private set; }

    public DateTime? FinalizedAt { get; private set; }

    public static EfficiencyEvaluation Run(int year, EfficiencyMethod method, EvaluationStats stats, string by, DateTime now) =>
        new()
        {
            Year = year,
            Status = EvaluationStatus.Computed,
            Terms = method.Terms,
            MethodVersion = method.Version,
            Stats = stats,
            Runs = 1,
            RunBy = by,
            RunAt = now,
        };

    /// <summary>Refused once published: from then on only objections change a firm.</summary>
    public void EnsureComputed()
    {
        if (Status != EvaluationStatus.Computed)
        {
            throw new DomainRuleException(Status == EvaluationStatus.Final ? DomainRules.EvaluationFinal : DomainRules.EvaluationPublished, Year);
        }
    }

    public void Rerun(EfficiencyMethod method, EvaluationStats stats, string by, DateTime now)
    {
        EnsureComputed();
        Terms = method.Terms;
        MethodVersion = method.Version;
        Stats = stats;
        Runs++;
        RunBy = by;
        RunAt = now;
    }

    /// <summary>Starts the 公示; refused while a flag is open, or when the method changed after the run.</summary>
    public void Publish(DateOnly start, DateOnly end, int openFlags, int methodVersion, string by, DateTime now)
    {
        EnsureComputed();
        if (methodVersion != MethodVersion)
        {
            throw new DomainRuleException(DomainRules.EvaluationOutOfDate, Year);
        }

        if (openFlags > 0)
        {
            throw new DomainRuleException(DomainRules.EvaluationHasOpenFlags, Year, openFlags);
        }

        if (end < start)
        {
            throw new DomainRuleException(DomainRules.PublicityEndsBeforeStart, start, end);
        }

        Status = EvaluationStatus.Published;
        PublicityStart = start;
        PublicityEnd = end;
        PublishedBy = by;
        PublishedAt = now;
    }

    /// <summary>An objection is recorded during the 公示 only.</summary>
    public void EnsureObjectionsOpen(DateOnly today)
    {
        EnsurePublished();
        if (today < PublicityStart || today > PublicityEnd)
        {
            throw new DomainRuleException(DomainRules.OutsidePublicity, Year, PublicityStart!.Value, PublicityEnd!.Value);
        }
    }

    public void EnsurePublished()
    {
        if (Status != EvaluationStatus.Published)
        {
            throw new DomainRuleException(Status == EvaluationStatus.Final ? DomainRules.EvaluationFinal : DomainRules.EvaluationNotPublished, Year);
        }
    }

    /// <summary>Freezes the classes: after the 公示 has ended and every objection is decided.</summary>
    public void Finalize(DateOnly today, int pendingObjections, string by, DateTime now)
    {
        EnsurePublished();
        if (today <= PublicityEnd)
        {
            throw new DomainRuleException(DomainRules.PublicityNotOver, Year, PublicityEnd!.Value);
        }

        if (pendingObjections > 0)
        {
            throw new DomainRuleException(DomainRules.ObjectionsPending, Year, pendingObjections);
        }

        Status = EvaluationStatus.Final;
        FinalizedBy = by;
        FinalizedAt = now;
    }
}
