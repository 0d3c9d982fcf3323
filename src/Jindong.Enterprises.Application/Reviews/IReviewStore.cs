namespace Jindong.Enterprises.Application.Reviews;

/// <summary>
/// The set-based writes of the annual review. EF change tracking writes one row per command,
/// which is ~15× slower than one statement at province scale (PERFORMANCE.md), so these run as
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
    /// already at the proposed tier: a review promotion/demotion tier move linked to the review, the
    /// firm's recorded tier (and version), and one audit entry per firm with its tier before and after.
    /// The statements enforce what <c>Enterprise.MoveTier</c> checks one firm at a time. Returns the
    /// number of moves applied.
    /// </summary>
    Task<int> ApplyApprovedMovesAsync(ReviewMoveBatch batch, CancellationToken ct);
}

/// <param name="ReasonPrefix">Text before the reviewer's reason in each move's reason.</param>
/// <param name="ReasonSuffix">Text after it.</param>
/// <param name="Command">The command name the audit entries carry.</param>
public sealed record ReviewMoveBatch(int ReviewId, int Year, string Actor, DateTime Now, string ReasonPrefix, string ReasonSuffix, string Command);
