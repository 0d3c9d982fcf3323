using System.Linq.Expressions;

namespace Jindong.Enterprises.Domain.Designations;

/// <summary>
/// A firm's designation of one kind, granted in a year (认定年度): valid from that year until
/// <see cref="ValidUntil"/> (or until ended when the kind never runs out), unless ended earlier —
/// revoked, expired without renewal, delisted. A renewal is a new grant of a later year, so the past
/// stays as it was. Times recorded let a report reprint what was known on a day.
/// </summary>
public sealed class Designation
{
    public const int NumberMaxLength = 100;
    public const int SourceMaxLength = 300;
    public const int BoardMaxLength = 50;

    private Designation()
    {
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public int KindId { get; private set; }

    /// <summary>认定年度 — the year of the announcement; the grant holds from that year's first day.</summary>
    public int Year { get; private set; }

    /// <summary>证书编号 or 文号.</summary>
    public string? Number { get; private set; }

    /// <summary>The board (上市板块 / 挂牌场所), for kinds that name one.</summary>
    public string? Board { get; private set; }

    /// <summary>The last day the grant is valid; null when it holds until ended.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Where it was announced (文件名、公告).</summary>
    public string? Source { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public DesignationEnd? End { get; private set; }

    public string? EndReason { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public DateTime? EndRecordedAt { get; private set; }

    public int Version { get; private set; }

    public DateOnly ValidFrom => new(Year, 1, 1);

    public static Designation Grant(int enterpriseId, DesignationKind kind, int year, DesignationDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(details);
        var designation = new Designation { EnterpriseId = enterpriseId, KindId = kind.Id, Year = year, Version = 1, RecordedAt = now };
        designation.Apply(kind, details with { ValidUntil = details.ValidUntil ?? kind.DefaultValidUntil(year) });
        return designation;
    }

    /// <summary>
    /// Whether a grant holds at the end of <paramref name="day"/>, as recorded by <paramref name="recordedBy"/>
    /// (null: as recorded now): the one rule, as a query condition too.
    /// </summary>
    public static Expression<Func<Designation, bool>> HeldAt(DateOnly day, DateTime? recordedBy = null) =>
        d => d.Year <= day.Year
            && (d.ValidUntil == null || d.ValidUntil >= day)
            && (d.EndedOn == null || d.EndedOn > day || (recordedBy != null && d.EndRecordedAt > recordedBy))
            && (recordedBy == null || d.RecordedAt <= recordedBy);

    /// <summary>Whether the firm held it at the end of <paramref name="day"/> (<see cref="HeldAt"/>).</summary>
    public bool HeldOn(DateOnly day) => HeldAt(day).Compile(preferInterpretation: true)(this);

    public DesignationDetails Details() => new(Number, Board, ValidUntil, Source);

    /// <summary>Replaces the details; false, and nothing changed, when they already say so.</summary>
    public bool Correct(DesignationKind kind, DesignationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details == Details())
        {
            return false;
        }

        Apply(kind, details);
        Version++;
        return true;
    }

    /// <summary>Ends the grant on a day (the day it no longer holds).</summary>
    public void Finish(DesignationEnd how, DateOnly on, string reason, DateTime now)
    {
        if (EndedOn is not null)
        {
            throw new DomainRuleException(DomainRules.DesignationEnded, Day(EndedOn.Value));
        }

        if (on < ValidFrom)
        {
            throw new DomainRuleException(DomainRules.DesignationEndsBeforeGrant, Day(on), Year);
        }

        (EndedOn, End, EndReason, EndRecordedAt) = (on, how, reason, now);
        Version++;
    }

    private void Apply(DesignationKind kind, DesignationDetails details)
    {
        if (details.ValidUntil is { } until && until < ValidFrom)
        {
            throw new DomainRuleException(DomainRules.DesignationValidBeforeGrant, Day(until), Year);
        }

        var boards = kind.BoardList;
        if (boards.Count > 0 && (details.Board is null || !boards.Contains(details.Board)))
        {
            throw new DomainRuleException(DomainRules.DesignationBoardRequired, kind.Name, string.Join("、", boards));
        }

        if (boards.Count == 0 && details.Board is not null)
        {
            throw new DomainRuleException(DomainRules.DesignationBoardNotAllowed, kind.Name);
        }

        (Number, Board, ValidUntil, Source) = details;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a grant says beside its firm, kind and year.</summary>
public sealed record DesignationDetails(string? Number = null, string? Board = null, DateOnly? ValidUntil = null, string? Source = null);
