using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// The set-based side of the figures import: valid rows are staged in a temporary table on the
/// command's own connection and transaction, compared with the year's figures, and applied with
/// a handful of statements, so the import neither tracks entities nor holds the file in memory.
/// </summary>
public interface IFiguresImportStore
{
    /// <summary>Creates the (empty) staging table and prepares the insert.</summary>
    Task BeginAsync(CancellationToken ct);

    /// <summary>Stages one valid row (a prepared insert; no round trip through EF).</summary>
    void Stage(StagedFigures row);

    /// <summary>Classifies every staged row as added, corrected or unchanged against <paramref name="year"/>.</summary>
    Task<StagedCounts> CompareAsync(int year, CancellationToken ct);

    /// <summary>Registers the unmatched firms, keeps the superseded versions, writes the figures and the initial tier moves.</summary>
    Task<AppliedImport> ApplyAsync(ImportApplication apply, CancellationToken ct);

    /// <summary>The firms whose figures the applied import added or corrected, in file order.</summary>
    Task<IReadOnlyList<int>> ChangedFirmsAsync(CancellationToken ct);

    /// <summary>Drops the staging table.</summary>
    Task EndAsync(CancellationToken ct);
}

/// <summary>A valid row: either a matched firm, or (with registration) the new firm's name, code and township.</summary>
public sealed record StagedFigures(int RowNumber, int? EnterpriseId, string? NewName, string? NewCreditCode, int? NewTownshipId, FigureValues Values);

public sealed record StagedCounts(int Added, int Corrected, int Unchanged, int Unmatched);

/// <summary>What to write: the year, the file's name, who, when, and how many changed rows the audit entry lists.</summary>
public sealed record ImportApplication(int Year, string SourceFile, string Actor, DateTime Now, string InitialMoveReason, int AuditedRowLimit);

public sealed record AppliedImport(int Registered, int InitialTierMoves, IReadOnlyList<ImportedRow> FirstChangedRows);

/// <summary>One changed row as the audit entry lists it.</summary>
public sealed record ImportedRow(int Row, int EnterpriseId, string Name, string Change, int Version, decimal Output);

/// <summary>One bad cell or row of an import file.</summary>
public sealed record ImportRowError(int Row, string Column, string? Value, string Reason);
