using Jindong.Enterprises.Domain.Users;
using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// Imports a year's figures from the statistics bureau's file (.xlsx, or CSV in UTF-8 or GBK),
/// all or nothing: a file with any bad row writes nothing and is refused with every bad cell
/// (row, column, value, reason). Changed values become corrections that keep the earlier version;
/// the same file imported twice changes nothing. The whole import is one audit entry.
/// </summary>
/// <param name="FileName">The file to read; with <see cref="Content"/>, only its name (for the format and the record).</param>
/// <param name="DryRun">Report what would be added, corrected and left unchanged, and write nothing.</param>
/// <param name="Sheet">The .xlsx worksheet; the first when null.</param>
/// <param name="RegisterUnknown">Register the firms that match none (their 乡镇街道 is then required) instead of refusing them.</param>
/// <param name="ErrorReport">Where to write the bad cells as a .csv or .xlsx file when the file is refused.</param>
[Requires(Permission.ChangeFirms)]
public sealed record ImportAnnualFigures(
    string FileName,
    int Year,
    bool DryRun = false,
    string? Sheet = null,
    bool RegisterUnknown = false,
    string? ErrorReport = null) : ICommand<ImportOutcome>
{
    /// <summary>The file's bytes when they do not come from <see cref="FileName"/> (an upload).</summary>
    public Stream? Content { get; init; }

    /// <summary>Told how far the import has got, on the importing thread.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}

/// <summary>How far an import has got: its stage, the rows read, and the fraction of the file read (0–1).</summary>
public sealed record ImportProgress(ImportStage Stage, int Rows, double Fraction);

public enum ImportStage
{
    Reading,
    Writing,
}

/// <summary>What an import did (or, in a dry run, would do). Registered firms are counted in <see cref="Added"/> too.</summary>
public sealed record ImportOutcome(
    int Year,
    string Format,
    int Rows,
    int Added,
    int Corrected,
    int Unchanged,
    int Registered,
    int InitialTierMoves,
    bool DryRun,
    IReadOnlyList<string> UnknownColumns,
    bool UnitsRow)
{
    public bool ChangesNothing => Added + Corrected + CreditCodesRecorded == 0;

    /// <summary>Matched firms recorded without a credit code that the file gives one (before applying: that it would give one).</summary>
    public int CreditCodesRecorded { get; init; }

    /// <summary>The measures the file has columns for: the only ones the import changes.</summary>
    public IReadOnlyList<Measure> Measures { get; init; } = [];

    /// <summary>The first changing rows, each measure old → new (the preview); <see cref="ChangesNotListed"/> more are counted only.</summary>
    public IReadOnlyList<ImportChange> Changes { get; init; } = [];

    public int ChangesNotListed { get; init; }

    /// <summary>Rows read past on purpose: totals, subtotals and footers, never a firm.</summary>
    public IReadOnlyList<SkippedRow> Skipped { get; init; } = [];
}

/// <summary>A row of the file the import read past, and why (in the user's language).</summary>
public sealed record SkippedRow(int Row, string Reason)
{
    /// <summary>How the CLI and the preview page list it: 「第12行：合计/小计行，不是企业，已跳过」.</summary>
    public string Text => string.Format(CultureInfo.CurrentCulture, Messages.ImportSkippedRow, Row, Reason);

    /// <summary>The line above the list.</summary>
    public static string Heading(int count) => string.Format(CultureInfo.CurrentCulture, Messages.ImportSkippedHeading, count);
}

/// <summary>The import's own audit entry: the file and the counts (each firm's changes have entries of their own).</summary>
public sealed record ImportAuditView(string File, int Year, int Rows, int Added, int Corrected, int Unchanged, int Registered, int InitialTierMoves, int CreditCodesRecorded);

internal sealed class ImportAnnualFiguresValidator : AbstractValidator<ImportAnnualFigures>
{
    public ImportAnnualFiguresValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.FileName).Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage(_ => Messages.ImportFileRequired);
        RuleFor(c => c.ErrorReport)
            .Must(f => f is null || TabularFormats.TryFromPath(f, out _))
            .WithMessage(_ => Messages.ImportErrorReportFormat);
    }
}

internal sealed class ImportAnnualFiguresHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock,
    ITabularReader reader,
    ITableWriter writer,
    IFiguresImportStore store) : IRequestHandler<ImportAnnualFigures, ImportOutcome>
{
    /// <summary>Bad cells listed one by one; beyond this only their number is reported.</summary>
    internal const int ListedErrorLimit = 100_000;

    /// <summary>Changing rows the outcome lists (the preview); the counts cover all of them.</summary>
    internal const int ListedChanges = 500;

    private const int ProgressEvery = 5_000;

    /// <summary>How many opening lines may precede the header (titles, notes).</summary>
    private const int HeaderSearchLines = 10;

    public async Task<ImportOutcome> Handle(ImportAnnualFigures command, CancellationToken cancellationToken)
    {
        var fileName = ImportFileName.Clean(command.FileName);
        if (fileName.Length > AnnualFigures.SourceFileMaxLength)
        {
            fileName = fileName[..AnnualFigures.SourceFileMaxLength];
        }

        audit.FromFile(fileName);

        await using var opened = command.Content is null ? OpenFile(command.FileName) : null;
        var content = command.Content ?? opened!;
        using var file = Open(content, fileName, command.Sheet);

        var errors = new ImportErrors(ListedErrorLimit);
        var parser = new FiguresFileParser(await LoadFirmsAsync(cancellationToken), await LoadTownshipsAsync(cancellationToken), user, command.RegisterUnknown, errors);

        await store.BeginAsync(cancellationToken);
        try
        {
            bool headerFound;
            try
            {
                headerFound = Stage(file, content, parser, command.Progress, cancellationToken);
            }
            catch (UnreadableFileException exception)
            {
                throw Unreadable(fileName, exception);
            }

            if (!headerFound)
            {
                errors.Add(0, Messages.ImportFileField, null, Messages.ImportFileEmpty);
            }
            else if (errors.Count == 0 && parser.DataRows == 0)
            {
                errors.Add(0, Messages.ImportFileField, null, Messages.ImportNoRows);
            }

            if (errors.Count > 0)
            {
                throw Refuse(command, errors);
            }

            command.Progress?.Report(new ImportProgress(ImportStage.Writing, parser.DataRows, 1));
            var counts = await store.CompareAsync(command.Year, cancellationToken);
            if (counts.RowsWithoutOutput.Count > 0)
            {
                foreach (var row in counts.RowsWithoutOutput)
                {
                    errors.Add(row, ImportColumns.Of(Measure.Output).Header, null, Format(Messages.ImportOutputRequired, command.Year));
                }

                throw Refuse(command, errors);
            }

            var changes = await store.ChangesAsync(command.Year, 0, ListedChanges, cancellationToken);
            var outcome = new ImportOutcome(
                command.Year, file.Format, parser.DataRows, counts.Added, counts.Corrected, counts.Unchanged,
                counts.Unmatched, 0, command.DryRun, parser.UnknownColumns, parser.UnitsRowFound)
            {
                Measures = parser.MeasuresInFile,
                Changes = changes,
                ChangesNotListed = counts.Added + counts.Corrected - changes.Count,
                Skipped = parser.Skipped,
                CreditCodesRecorded = counts.CreditCodes,
            };
            if (command.DryRun || outcome.ChangesNothing)
            {
                return outcome;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var applied = await store.ApplyAsync(
                new ImportApplication(command.Year, fileName, user.Name, now, ChinaTime.Today(clock), string.Format(CultureInfo.CurrentCulture, Messages.InitialMoveReason, command.Year)),
                cancellationToken);
            outcome = outcome with { Registered = applied.Registered, InitialTierMoves = applied.InitialTierMoves, CreditCodesRecorded = applied.CreditCodes };
            audit.Record(null, null, new ImportAuditView(
                fileName, command.Year, outcome.Rows, outcome.Added, outcome.Corrected, outcome.Unchanged, outcome.Registered, outcome.InitialTierMoves,
                outcome.CreditCodesRecorded));
            await AuditFirmsAsync(command.Year, cancellationToken);
            await RecomputeOpenReviewAsync(command.Year, cancellationToken);
            Serilog.Log.Information(
                "Imported {Year} figures from {File}: {Added} added, {Corrected} corrected, {Unchanged} unchanged, {Registered} firms registered",
                command.Year, fileName, outcome.Added, outcome.Corrected, outcome.Unchanged, outcome.Registered);
            return outcome;
        }
        finally
        {
            await store.EndAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Keeps an open review of the year in step, firm by firm as a manual record does; only while
    /// a review is open, which is rare next to the yearly import itself.
    /// </summary>
    private async Task RecomputeOpenReviewAsync(int year, CancellationToken ct)
    {
        if (!await db.AnnualReviews.AnyAsync(r => r.Year == year && r.Status == ReviewStatus.Open, ct))
        {
            return;
        }

        for (var after = 0; ;)
        {
            var batch = await store.AppliedFiguresAsync(year, after, AuditTrail.FlushEvery, ct);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var row in batch)
            {
                var enterprise = await db.Enterprises.SingleAsync(e => e.Id == row.EnterpriseId, ct);
                await db.RecomputeProposalAsync(enterprise, year, audit, ct);
            }

            after = batch[^1].Row;
        }
    }

    /// <summary>
    /// One audit entry per firm for each thing the import did to it, as the per-firm commands write
    /// them: its registration, its credit code, its initial tier, its figures before and after.
    /// </summary>
    private async Task AuditFirmsAsync(int year, CancellationToken ct)
    {
        var (registered, initialTier, codes) = await store.AppliedFirmsAsync(ct);
        foreach (var ids in registered.Chunk(AuditTrail.FlushEvery))
        {
            var views = await db.ViewsAsync(ids, ct);
            foreach (var id in ids)
            {
                // As Enterprise.Register left it: version 1, tier unknown (the initial tier below moved it on).
                audit.Record(id, null, views[id] with { Tier = null, Version = 1 });
            }

            await audit.FlushAsync(ct);
        }

        // The code was written before the initial tier: its entry shows the firm as it was before that move.
        var moved = initialTier.ToHashSet();
        foreach (var ids in codes.Chunk(AuditTrail.FlushEvery))
        {
            var views = await db.ViewsAsync(ids, ct);
            foreach (var id in ids)
            {
                var after = moved.Contains(id) ? views[id] with { Tier = null, Version = views[id].Version - 1 } : views[id];
                audit.Record(id, after with { CreditCode = null, Version = after.Version - 1 }, after);
            }

            await audit.FlushAsync(ct);
        }

        var reason = string.Format(CultureInfo.CurrentCulture, Messages.InitialMoveReason, year);
        foreach (var ids in initialTier.Chunk(AuditTrail.FlushEvery))
        {
            var views = await db.ViewsAsync(ids, ct);
            foreach (var id in ids)
            {
                audit.Record(id, views[id] with { Tier = null, Version = views[id].Version - 1 }, views[id], reason);
            }

            await audit.FlushAsync(ct);
        }

        for (var after = 0; ;)
        {
            var batch = await store.AppliedFiguresAsync(year, after, AuditTrail.FlushEvery, ct);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var row in batch)
            {
                audit.Record(row.EnterpriseId, row.Before, row.After);
            }

            await audit.FlushAsync(ct);
            after = batch[^1].Row;
        }
    }

    private bool Stage(ITabularFile file, Stream content, FiguresFileParser parser, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        // The store writes to the staging table synchronously: a prepared insert per row is
        // cheaper than the machinery of an awaited call, and the file is read synchronously anyway.
        var headerFound = false;
        TabularRow? firstLine = null;
        var linesBeforeHeader = 0;
        var rows = 0;
        foreach (var row in file.ReadRows())
        {
            if (!headerFound)
            {
                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                // Bureau files often open with a title line or two ("2024年规上工业企业主要指标"):
                // the header is the first of the opening lines that names the required columns.
                firstLine ??= row;
                if (!FiguresFileParser.IsHeader(row) && ++linesBeforeHeader < HeaderSearchLines)
                {
                    continue;
                }

                headerFound = true;
                if (!parser.ReadHeader(FiguresFileParser.IsHeader(row) ? row : firstLine.Value))
                {
                    return true;
                }

                continue;
            }

            if (parser.Parse(row) is { } staged)
            {
                store.Stage(staged);
            }

            if (++rows % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress(ImportStage.Reading, rows, content.CanSeek && content.Length > 0 ? (double)content.Position / content.Length : 0));
            }
        }

        if (!headerFound && firstLine is { } only)
        {
            parser.ReadHeader(only);
            return true;
        }

        return headerFound;
    }

    private ImportRefusedException Refuse(ImportAnnualFigures command, ImportErrors errors)
    {
        var listed = ImportErrorReport.InRowOrder(errors.Listed);
        if (command.ErrorReport is { } report)
        {
            TabularFormats.TryFromPath(report, out var format);
            using var file = File.Create(report);
            writer.Write(file, format, ImportErrorReport.Headers, ImportErrorReport.Rows(listed), ImportErrorReport.Layout(ImportFileName.Clean(command.FileName)));
        }

        var messages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in listed)
        {
            var key = error.Row == 0 ? error.Column : Format(Messages.ImportRowField, error.Row, error.Column);
            var message = error.Row == 0 ? error.Reason : Format(Messages.ImportRowError, error.Row, error.Column, error.Value ?? string.Empty, error.Reason);
            if (!messages.TryGetValue(key, out var list))
            {
                messages[key] = list = [];
            }

            list.Add(message);
        }

        if (errors.Count > errors.Listed.Count)
        {
            messages[Messages.ImportFileField] = [Format(Messages.ImportMoreErrors, errors.Count - errors.Listed.Count)];
        }

        Serilog.Log.Information("Refused import of {File}: {Errors} bad cells", ImportFileName.Clean(command.FileName), errors.Count);
        return new ImportRefusedException(
            messages.ToDictionary(m => m.Key, m => m.Value.ToArray(), StringComparer.Ordinal), listed, errors.Count - errors.Listed.Count);
    }

    private ITabularFile Open(Stream content, string fileName, string? sheet)
    {
        try
        {
            return reader.Open(content, fileName, sheet);
        }
        catch (UnreadableFileException exception)
        {
            throw Unreadable(fileName, exception);
        }
    }

    private static InputValidationException Unreadable(string fileName, UnreadableFileException exception) =>
        new(Messages.ImportFileField, Format(Messages.ImportFileUnreadable, fileName, exception.Message));

    private static FileStream OpenFile(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new InputValidationException(Messages.ImportFileField, Format(Messages.ImportFileNotFound, path));
        }
    }

    private Task<FirmIndex> LoadFirmsAsync(CancellationToken ct) => FirmIndex.LoadAsync(db, ct);

    private async Task<IReadOnlyDictionary<string, int>> LoadTownshipsAsync(CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking().Select(t => new { t.Id, t.Name, t.ShortName }).ToListAsync(ct);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var township in townships)
        {
            byName.TryAdd(EnterpriseName.Normalize(township.Name), township.Id);
            byName.TryAdd(EnterpriseName.Normalize(township.ShortName), township.Id);
        }

        return byName;
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
