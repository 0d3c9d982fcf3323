using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// The set-based side of the figures import: valid rows are staged in a temporary table on the
/// command's own connection and transaction, compared with the year's figures, and applied with
/// a handful of statements, so the import neither tracks entities nor holds the file in memory.
/// Each statement is the set-based twin of a per-firm method (<see cref="FigureChanges.ApplyTo"/>,
/// <c>AnnualFigures.Correct</c>, <c>Enterprise.Register</c>, <c>Enterprise.Update</c> of a missing code, the initial <c>MoveTier</c>); the twin
/// property tests prove them equal.
/// </summary>
public interface IFiguresImportStore
{
    /// <summary>Creates the (empty) staging table and prepares the insert.</summary>
    Task BeginAsync(CancellationToken ct);

    /// <summary>Stages one valid row (a prepared insert; no round trip through EF).</summary>
    void Stage(StagedFigures row);

    /// <summary>Classifies every staged row as added, corrected or unchanged against <paramref name="year"/>.</summary>
    Task<StagedCounts> CompareAsync(int year, CancellationToken ct);

    /// <summary>The changing rows from <paramref name="afterRow"/> on, in file order, with each measure before and after.</summary>
    Task<IReadOnlyList<ImportChange>> ChangesAsync(int year, int afterRow, int limit, CancellationToken ct);

    /// <summary>Registers the unmatched firms, gives firms without a credit code the file's, keeps the superseded versions, writes the figures and the initial tier moves.</summary>
    Task<AppliedImport> ApplyAsync(ImportApplication apply, CancellationToken ct);

    /// <summary>After <see cref="ApplyAsync"/>: each changed year's figures as they were and as they are now, from <paramref name="afterRow"/> on.</summary>
    Task<IReadOnlyList<AppliedFigures>> AppliedFiguresAsync(int year, int afterRow, int limit, CancellationToken ct);

    /// <summary>After <see cref="ApplyAsync"/>: the firms it registered, gave an initial tier, or gave a credit code, in file order.</summary>
    Task<AppliedFirms> AppliedFirmsAsync(CancellationToken ct);

    /// <summary>Drops the staging table.</summary>
    Task EndAsync(CancellationToken ct);
}

/// <summary>
/// A valid row: either a matched firm (with the file's credit code when the firm has none), or (with
/// registration) the new firm's name, code and township; and what it says of each measure.
/// </summary>
public sealed record StagedFigures(int RowNumber, int? EnterpriseId, string? NewName, string? NewCreditCode, int? NewTownshipId, FigureChanges Changes);

/// <param name="RowsWithoutOutput">Rows that would be a firm's first record of the year but give no output value.</param>
public sealed record StagedCounts(int Added, int Corrected, int Unchanged, int Unmatched, IReadOnlyList<int> RowsWithoutOutput)
{
    /// <summary>Matched firms recorded without a credit code that the file gives one.</summary>
    public int CreditCodes { get; init; }
}

/// <summary>One changing row: the firm (null for one to be registered), its name, and its figures before (null for a first record) and after.</summary>
public sealed record ImportChange(int Row, int? EnterpriseId, string Name, [property: JsonIgnore] FigureValues? Before, [property: JsonIgnore] FigureValues After)
{
    /// <summary>Each measure that changes, old → new.</summary>
    public IReadOnlyList<MeasureChange> Measures => MeasureChange.Between(Before, After);
}

/// <summary>What to write: the year, the file's name, who, when.</summary>
/// <param name="Today">The day (China time) the firms an import registers stand on the list from.</param>
public sealed record ImportApplication(int Year, string SourceFile, string Actor, DateTime Now, DateOnly Today, string InitialMoveReason);

public sealed record AppliedImport(int Registered, int InitialTierMoves, int CreditCodes);

/// <summary>The firms an applied import registered, gave their initial tier, and gave a credit code; each in file order.</summary>
public sealed record AppliedFirms(IReadOnlyList<int> Registered, IReadOnlyList<int> InitialTier, IReadOnlyList<int> CreditCodes);

/// <summary>A year's figures of one firm as an import left them, and as they were before (null when it added them).</summary>
public sealed record AppliedFigures(int Row, int EnterpriseId, FiguresView? Before, FiguresView After);

/// <summary>One bad cell or row of an import file.</summary>
public sealed record ImportRowError(int Row, string Column, string? Value, string Reason);
