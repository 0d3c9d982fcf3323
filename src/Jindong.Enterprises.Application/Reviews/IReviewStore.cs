namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// The set-based writes of the annual review. EF change tracking writes one row per command,
/// which is ~15× slower than one statement at province scale (measured), so these run as
/// SQL on the command's own connection and transaction.
/// </summary>
public interface IReviewStore
{
    /// <summary>
    /// Proposes, in one statement, a move for every active firm with figures for
    /// <paramref name="year"/> whose implied tier differs from its recorded one (or whose tier is
    /// unknown). Returns the number of proposals written.
    /// </summary>
    Task<int> ProposeMovesAsync(int reviewId, int year, CancellationToken ct);

    /// <summary>
    /// Applies, set-based, every approved proposal of the review whose firm is still active and not
    /// already at the proposed tier: a tier move linked to the review, from the firm's tier at this
    /// moment, a promotion or demotion by its direction; and the firm's recorded tier (and version).
    /// The statements enforce what <c>Enterprise.MoveTier</c> checks one firm at a time. Returns the
    /// moves applied, for the audit trail.
    /// </summary>
    Task<IReadOnlyList<AppliedMove>> ApplyApprovedMovesAsync(ReviewMoveBatch batch, CancellationToken ct);
}

/// <summary>One move a sign-off applied: the firm, its tier before and after, the move's reason.</summary>
public sealed record AppliedMove(int EnterpriseId, Domain.Tiers.Tier? From, Domain.Tiers.Tier To, string Reason);

/// <param name="ReasonPrefix">Text before the reviewer's reason in each move's reason.</param>
/// <param name="ReasonSuffix">Text after it.</param>
public sealed record ReviewMoveBatch(int ReviewId, int Year, string Actor, DateTime Now, string ReasonPrefix, string ReasonSuffix);
