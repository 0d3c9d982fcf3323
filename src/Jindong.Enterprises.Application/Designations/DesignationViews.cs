using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Domain.Designations;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>A catalogue entry as lists and the API show it.</summary>
/// <param name="Level">national, provincial, municipal; null for a kind without a level.</param>
/// <param name="Nature">recognition or cultivation.</param>
/// <param name="ValidYears">Years a grant holds, its year included; null: until ended.</param>
public sealed record DesignationKindView(string Code, string Name, string Family, string? Level, string Nature, int? ValidYears, IReadOnlyList<string> Boards, IReadOnlyList<string> Counts)
{
    public static DesignationKindView Of(DesignationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new(kind.Code, kind.Name, kind.Family, kind.Level is { } l ? Codes.Of(l) : null, Codes.Of(kind.Nature), kind.ValidYears, kind.BoardList, kind.CountList);
    }
}

/// <summary>One grant as the firm page, `firms show` and the API show it.</summary>
/// <param name="Kind">The kind's code (high-tech …); <see cref="Designation"/> is its name.</param>
/// <param name="ValidTo">The last day it holds; null: until ended.</param>
/// <param name="End">revoked, expired or delisted, once ended.</param>
/// <param name="Held">Whether the firm holds it today.</param>
public sealed record DesignationView(
    int Id,
    int EnterpriseId,
    string Kind,
    string Designation,
    string? Level,
    string Nature,
    int Year,
    string? Number,
    string? Board,
    DateOnly? ValidTo,
    string? Announcement,
    DateOnly? EndedOn,
    string? End,
    string? EndReason,
    bool Held,
    int Version)
{
    public static DesignationView Of(Designation grant, DesignationKind kind, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(kind);
        return new(
            grant.Id, grant.EnterpriseId, kind.Code, kind.Name, kind.Level is { } l ? Codes.Of(l) : null, Codes.Of(kind.Nature), grant.Year,
            grant.Number, grant.Board, grant.ValidUntil, grant.Source, grant.EndedOn, grant.End is { } e ? Codes.Of(e) : null, grant.EndReason,
            grant.HeldOn(today), grant.Version);
    }

    /// <summary>What the audit trail keeps of a grant: what a clerk reads, not the ids.</summary>
    public DesignationAudit Audit() => new(Designation, Year, Number, Board, ValidTo, Announcement, EndedOn, End, EndReason);
}

/// <summary>A grant as the audit trail stores it.</summary>
public sealed record DesignationAudit(string Designation, int Year, string? Certificate, string? Board, DateOnly? ValidTo, string? Announcement, DateOnly? EndedOn, string? End, string? EndReason);
