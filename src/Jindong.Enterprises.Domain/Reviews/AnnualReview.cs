namespace Jindong.Enterprises.Domain.Reviews;

/// <summary>年度梯队评审 — the review of one year's tier moves; closed to edits once signed off.</summary>
public sealed class AnnualReview
{
    private AnnualReview()
    {
        StartedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public ReviewStatus Status { get; private set; }

    public string StartedBy { get; private set; }

    public DateTime StartedAt { get; private set; }

    public string? SignedOffBy { get; private set; }

    public DateTime? SignedOffAt { get; private set; }

    /// <summary>What the review showed when it was signed off (its summary and the firms it covered), kept as JSON so it is shown so forever.</summary>
    public string? SignedOffView { get; private set; }

    public static AnnualReview Start(int year, string startedBy, DateTime now) =>
        new() { Year = year, Status = ReviewStatus.Open, StartedBy = startedBy, StartedAt = now };

    /// <summary>Refuses any change to a signed-off review or its proposals.</summary>
    public void EnsureOpen()
    {
        if (Status != ReviewStatus.Open)
        {
            throw new DomainRuleException(DomainRules.ReviewSignedOff, Year);
        }
    }

    /// <summary>Closes the review; refused while any proposal is undecided.</summary>
    public void SignOff(int undecided, string signedOffBy, DateTime now)
    {
        EnsureOpen();
        if (undecided > 0)
        {
            throw new DomainRuleException(DomainRules.ReviewHasUndecided, Year, undecided);
        }

        Status = ReviewStatus.SignedOff;
        SignedOffBy = signedOffBy;
        SignedOffAt = now;
    }

    /// <summary>Keeps what the review showed at sign-off.</summary>
    public void Freeze(string view)
    {
        if (Status != ReviewStatus.SignedOff)
        {
            throw new InvalidOperationException("Only a signed-off review is frozen.");
        }

        SignedOffView = view;
    }

    /// <summary>Opens a signed-off review again (its moves are reverted by the caller); what it showed at sign-off is let go.</summary>
    public void Reopen()
    {
        if (Status != ReviewStatus.SignedOff)
        {
            throw new DomainRuleException(DomainRules.ReviewNotSignedOff, Year);
        }

        Status = ReviewStatus.Open;
        SignedOffBy = null;
        SignedOffAt = null;
        SignedOffView = null;
    }
}
