using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Domain.Reviews;

/// <summary>
/// 评审建议 — a proposed move of one firm in an annual review, from its recorded tier to the tier
/// the year's output implies. Proposals are written set-based when a review starts; this type
/// carries the rules for what happens to one of them afterwards.
/// </summary>
public sealed class ReviewProposal
{
    private ReviewProposal()
    {
    }

    public int Id { get; private set; }

    public int ReviewId { get; private set; }

    public int EnterpriseId { get; private set; }

    /// <summary>The recorded tier when the proposal was made; null when it was unknown.</summary>
    public Tier? From { get; private set; }

    public Tier To { get; private set; }

    public ProposalKind Kind { get; private set; }

    /// <summary>The output value (万元) the proposal rests on.</summary>
    public decimal OutputWan { get; private set; }

    public TargetStatus TargetStatus { get; private set; }

    public ProposalDecision Decision { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>True when the firm's figures were corrected after the review started and the proposal was recomputed.</summary>
    public bool Changed { get; private set; }

    /// <summary>What sign-off did with the proposal, when it was approved; null before sign-off.</summary>
    public ProposalOutcome? Outcome { get; private set; }

    /// <summary>The kind of move from <paramref name="from"/> to <paramref name="to"/>; a first tier counts as a promotion.</summary>
    public static ProposalKind KindOf(Tier? from, Tier to) => from is null || to > from ? ProposalKind.Promotion : ProposalKind.Demotion;

    /// <summary>Whether an implied tier reaches a cultivation target.</summary>
    public static TargetStatus TargetStatusOf(Tier? target, Tier? implied) =>
        implied is null ? TargetStatus.NoFigures
        : target is null ? TargetStatus.NoTarget
        : implied >= target ? TargetStatus.Reached
        : TargetStatus.Behind;

    /// <summary>A proposal made after the review started (figures recorded late): flagged as changed.</summary>
    public static ReviewProposal Late(int reviewId, int enterpriseId, Tier? from, Tier to, decimal outputWan, Tier? target) =>
        new()
        {
            ReviewId = reviewId,
            EnterpriseId = enterpriseId,
            From = from,
            To = to,
            Kind = KindOf(from, to),
            OutputWan = outputWan,
            TargetStatus = TargetStatusOf(target, to),
            Decision = ProposalDecision.Pending,
            Changed = true,
        };

    public void Decide(bool approve, string reason, string decidedBy, DateTime now)
    {
        Decision = approve ? ProposalDecision.Approved : ProposalDecision.Rejected;
        DecisionReason = reason;
        DecidedBy = decidedBy;
        DecidedAt = now;
    }

    /// <summary>What sign-off does with an approved proposal: the move, or why it was not made (the per-firm rule the sign-off statement follows).</summary>
    public static ProposalOutcome OutcomeFor(bool firmActive, Tier? firmTier, Tier to) =>
        !firmActive ? ProposalOutcome.FirmInactive : firmTier == to ? ProposalOutcome.AlreadyAtTier : ProposalOutcome.Applied;

    public void Conclude(ProposalOutcome outcome) => Outcome = Decision == ProposalDecision.Approved ? outcome : null;

    /// <summary>A reopened review's proposals wait for a new sign-off.</summary>
    public void Reopen() => Outcome = null;

    /// <summary>Flags the proposal: something about its firm changed while the review was open (a move, a target, a township, a move-out).</summary>
    public void Flag(bool decideAgain)
    {
        Changed = true;
        if (decideAgain)
        {
            Decision = ProposalDecision.Pending;
            DecisionReason = null;
            DecidedBy = null;
            DecidedAt = null;
        }
    }

    /// <summary>Recomputes the proposal from corrected figures: flagged as changed, its decision back to pending.</summary>
    public void Recompute(Tier? from, Tier to, decimal outputWan, Tier? target)
    {
        From = from;
        To = to;
        Kind = KindOf(from, to);
        OutputWan = outputWan;
        TargetStatus = TargetStatusOf(target, to);
        Decision = ProposalDecision.Pending;
        DecisionReason = null;
        DecidedBy = null;
        DecidedAt = null;
        Changed = true;
    }
}
