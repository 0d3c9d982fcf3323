namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>异议 — a firm's objection to its published result, recorded by its township officer and decided by the bureau.</summary>
public sealed class EfficiencyObjection
{
    public const int AttachmentMaxLength = 300;

    private EfficiencyObjection()
    {
        Reason = string.Empty;
        RecordedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EvaluationId { get; private set; }

    public int EnterpriseId { get; private set; }

    public string Reason { get; private set; }

    /// <summary>Where the firm's evidence is kept (a file number, a document reference).</summary>
    public string? Attachment { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public ObjectionDecision Decision { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>The class and score before the decision, and after it (the same unless upheld and changed).</summary>
    public string? ClassBefore { get; private set; }

    public decimal? ScoreBefore { get; private set; }

    public string? ClassAfter { get; private set; }

    public decimal? ScoreAfter { get; private set; }

    public static EfficiencyObjection Record(int evaluationId, int enterpriseId, string reason, string? attachment, string by, DateTime now) =>
        new()
        {
            EvaluationId = evaluationId,
            EnterpriseId = enterpriseId,
            Reason = reason,
            Attachment = attachment,
            RecordedBy = by,
            RecordedAt = now,
            Decision = ObjectionDecision.Pending,
        };

    /// <param name="before">The firm's class and score when the objection was decided.</param>
    /// <param name="after">The firm recomputed (upheld), or null (rejected: nothing changes).</param>
    public void Decide(bool upheld, string reason, (string? Class, decimal? Score) before, FirmEvaluation? after, string by, DateTime now)
    {
        Decision = upheld ? ObjectionDecision.Upheld : ObjectionDecision.Rejected;
        DecisionReason = reason;
        DecidedBy = by;
        DecidedAt = now;
        (ClassBefore, ScoreBefore) = before;
        (ClassAfter, ScoreAfter) = after is null ? before : (after.Class, after.Score);
    }
}
