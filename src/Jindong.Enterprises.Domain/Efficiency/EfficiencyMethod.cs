namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>亩均效益综合评价办法 of one year: the county's method, as data (<see cref="MethodTerms"/>).</summary>
public sealed class EfficiencyMethod
{
    private EfficiencyMethod()
    {
        Terms = null!;
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public MethodTerms Terms { get; private set; }

    /// <summary>1 when defined, +1 for each change; a run remembers the version it applied.</summary>
    public int Version { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static EfficiencyMethod Define(int year, MethodTerms terms, string by, DateTime now) =>
        new() { Year = year, Terms = terms, Version = 1, UpdatedBy = by, UpdatedAt = now };

    /// <summary>Replaces the terms; refused once the year's evaluation is published (its classes rest on them).</summary>
    public void Redefine(MethodTerms terms, EvaluationStatus? evaluation, string by, DateTime now)
    {
        if (evaluation is EvaluationStatus.Published or EvaluationStatus.Final)
        {
            throw new DomainRuleException(DomainRules.EfficiencyMethodInUse, Year);
        }

        Terms = terms;
        Version++;
        UpdatedBy = by;
        UpdatedAt = now;
    }
}
