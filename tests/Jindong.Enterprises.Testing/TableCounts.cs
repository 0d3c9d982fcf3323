namespace Jindong.Enterprises.Testing;

/// <summary>
/// Row counts of the tables a command writes, and the sums of the version columns that every
/// change of an existing firm or year's figures increments: equal before and after means nothing was written.
/// </summary>
public sealed record TableCounts(
    int Enterprises,
    int EnterpriseVersions,
    int AuditEntries,
    int AnnualFigures,
    int AnnualFiguresVersions,
    int AnnualFiguresRevisions,
    int TierMoves);
