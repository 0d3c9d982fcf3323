using Jindong.Enterprises.Domain.Efficiency;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// The evaluation's set-based writes, on the command's own connection and transaction: a run writes
/// a row per firm and a line per indicator (hundreds of thousands at province scale), which change
/// tracking would send one statement at a time.
/// </summary>
public interface IEfficiencyStore
{
    /// <summary>Replaces the evaluation's results and their lines with these.</summary>
    Task ReplaceResultsAsync(int evaluationId, IReadOnlyList<FirmEvaluation> firms, CancellationToken ct);

    /// <summary>Writes new remediation cases.</summary>
    Task AddCasesAsync(IReadOnlyList<RemediationCase> cases, CancellationToken ct);
}
