namespace Jindong.Enterprises.Domain.Efficiency;

/// <summary>
/// 整治方案 — the plan for a firm under the low-efficiency line (seed 003: 「收回一批、改造一批和转让一批」),
/// opened when its year is finalized and kept by the responsible township; it closes when a later
/// year's finalized figures clear the line, or with a documented outcome.
/// </summary>
public sealed class RemediationCase
{
    public const int NotesMaxLength = 2000;

    private RemediationCase()
    {
        UpdatedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>The evaluation year that opened the case.</summary>
    public int Year { get; private set; }

    /// <summary>责任乡镇: the firm's township in that year's evaluation.</summary>
    public int TownshipId { get; private set; }

    /// <summary>亩均税收 when the case opened.</summary>
    public decimal TaxPerMu { get; private set; }

    public RemediationAction? Action { get; private set; }

    public DateOnly? Deadline { get; private set; }

    public RemediationStatus Status { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>The documented outcome of a case closed by hand.</summary>
    public string? Outcome { get; private set; }

    /// <summary>The later year whose finalized figures cleared the line, and its 亩均税收.</summary>
    public int? ClearedYear { get; private set; }

    public decimal? ClearedTaxPerMu { get; private set; }

    public int Version { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public bool IsOpen => Status is RemediationStatus.Open or RemediationStatus.InProgress;

    public static RemediationCase Open(int enterpriseId, int year, int townshipId, decimal taxPerMu, string by, DateTime now) =>
        new()
        {
            EnterpriseId = enterpriseId,
            Year = year,
            TownshipId = townshipId,
            TaxPerMu = taxPerMu,
            Status = RemediationStatus.Open,
            Version = 1,
            OpenedAt = now,
            UpdatedBy = by,
            UpdatedAt = now,
        };

    /// <summary>The township's plan: action, deadline, notes, and whether work has started.</summary>
    public void Plan(RemediationAction? action, DateOnly? deadline, bool inProgress, string? notes, string by, DateTime now)
    {
        EnsureOpen();
        Action = action;
        Deadline = deadline;
        Status = inProgress ? RemediationStatus.InProgress : RemediationStatus.Open;
        Notes = notes;
        Touch(by, now);
    }

    public void Close(string outcome, string by, DateTime now)
    {
        EnsureOpen();
        Status = RemediationStatus.Closed;
        Outcome = outcome;
        ClosedAt = now;
        Touch(by, now);
    }

    /// <summary>A later finalized year found the firm above the line.</summary>
    public void Clear(int year, decimal taxPerMu, string by, DateTime now)
    {
        EnsureOpen();
        Status = RemediationStatus.Cleared;
        ClearedYear = year;
        ClearedTaxPerMu = taxPerMu;
        ClosedAt = now;
        Touch(by, now);
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(DomainRules.RemediationClosed, Year);
        }
    }

    private void Touch(string by, DateTime now)
    {
        UpdatedBy = by;
        UpdatedAt = now;
        Version++;
    }
}
