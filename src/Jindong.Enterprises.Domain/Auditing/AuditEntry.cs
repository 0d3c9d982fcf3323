namespace Jindong.Enterprises.Domain.Auditing;

/// <summary>One change in the audit trail: who, when, which command, and the state before and after.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = Command = string.Empty;
    }

    public AuditEntry(DateTime at, string actor, string command, int? enterpriseId, string? reason, string? before, string? after, AuditSource source = AuditSource.Manual, string? sourceName = null)
    {
        Source = source;
        SourceName = sourceName;
        At = at;
        Actor = actor;
        Command = command;
        EnterpriseId = enterpriseId;
        Reason = reason;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public DateTime At { get; private set; }

    public string Actor { get; private set; }

    public string Command { get; private set; }

    public int? EnterpriseId { get; private set; }

    /// <summary>The reason the user gave, where the command asks for one.</summary>
    public string? Reason { get; private set; }

    /// <summary>JSON of the state before the change; null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON of the state after the change.</summary>
    public string? After { get; private set; }

    /// <summary>Where the change came from; null for entries written before the source was recorded.</summary>
    public AuditSource? Source { get; private set; }

    /// <summary>The file's name for <see cref="AuditSource.File"/>, the review's year for <see cref="AuditSource.Review"/>.</summary>
    public string? SourceName { get; private set; }
}
