using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Domain.Efficiency;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>A firm named in an efficiency view.</summary>
public sealed record FirmName(int Id, string Name);

/// <summary>A township's data-error flag as shown and audited; states by stable code.</summary>
public sealed record FlagView(int EnterpriseId, string Reason, string FlaggedBy, DateTime FlaggedAt, string FlagStatus, string? ClosingNote, string? ClosedBy, DateTime? ClosedAt)
{
    public static FlagView Of(EfficiencyFlag f) => new(f.EnterpriseId, f.Reason, f.FlaggedBy, f.FlaggedAt, Codes.Of(f.Status), f.ClosingNote, f.ClosedBy, f.ClosedAt);
}

/// <summary>An objection as shown and audited.</summary>
public sealed record ObjectionView(
    int EnterpriseId,
    string Reason,
    string? Attachment,
    string RecordedBy,
    DateTime RecordedAt,
    string Decision,
    string? DecisionReason,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? ClassBefore,
    decimal? ScoreBefore,
    string? ClassAfter,
    decimal? ScoreAfter)
{
    public static ObjectionView Of(EfficiencyObjection o) => new(
        o.EnterpriseId, o.Reason, o.Attachment, o.RecordedBy, o.RecordedAt, Codes.Of(o.Decision), o.DecisionReason, o.DecidedBy, o.DecidedAt,
        o.ClassBefore, o.ScoreBefore, o.ClassAfter, o.ScoreAfter);
}

/// <summary>A remediation case as shown and audited.</summary>
public sealed record CaseView(
    int EnterpriseId,
    int Year,
    string Township,
    decimal TaxPerMu,
    string? Action,
    DateOnly? Deadline,
    string CaseStatus,
    string? Notes,
    string? Outcome,
    int? ClearedYear,
    decimal? ClearedTaxPerMu,
    int Version,
    string UpdatedBy,
    DateTime UpdatedAt)
{
    public static CaseView Of(RemediationCase c, string township) => new(
        c.EnterpriseId, c.Year, township, c.TaxPerMu, c.Action is { } a ? Codes.Of(a) : null, c.Deadline, Codes.Of(c.Status), c.Notes, c.Outcome,
        c.ClearedYear, c.ClearedTaxPerMu, c.Version, c.UpdatedBy, c.UpdatedAt);
}

/// <summary>A parcel as shown and audited.</summary>
public sealed record ParcelView(string Number, decimal AreaMu, string Tenure, int FromYear, int? ToYear)
{
    public static ParcelView Of(LandParcel p) => new(p.Number, p.AreaMu, Codes.Of(p.Tenure), p.FromYear, p.ToYear);
}

/// <summary>The profile the exemptions read, as shown and audited.</summary>
public sealed record ProfileView(int? EstablishedYear, string? Kind)
{
    public static ProfileView Of(EfficiencyProfile? p) => new(p?.EstablishedYear, p?.Kind);
}
