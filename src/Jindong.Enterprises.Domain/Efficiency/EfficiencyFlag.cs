namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>A township's report that a firm's result rests on wrong figures, raised while the year is computed.</summary>
public sealed class EfficiencyFlag
{
    private EfficiencyFlag()
    {
        Reason = string.Empty;
        FlaggedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int EnterpriseId { get; private set; }

    public string Reason { get; private set; }

    public string FlaggedBy { get; private set; }

    public DateTime FlaggedAt { get; private set; }

    public FlagStatus Status { get; private set; }

    /// <summary>Why it was closed: the bureau's note, or that the year was run again.</summary>
    public string? ClosingNote { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public static EfficiencyFlag Raise(int evaluationId, int enterpriseId, string reason, string by, DateTime now) =>
        new() { EvaluationId = evaluationId, EnterpriseId = enterpriseId, Reason = reason, FlaggedBy = by, FlaggedAt = now, Status = FlagStatus.Open };

    public void Close(FlagStatus status, string note, string by, DateTime now)
    {
        Status = status;
        ClosingNote = note;
        ClosedBy = by;
        ClosedAt = now;
    }
}
