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
}
