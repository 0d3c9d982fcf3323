using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using FluentValidation;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Application.Import;

/// <summary>A registered firm as the import matches it.</summary>
internal sealed record FirmKey(int Id, string Name, string? CreditCode, int TownshipId);

/// <summary>The registry's firms by credit code and by normalised name, built from one query.</summary>
internal sealed class FirmIndex
{
    private readonly Dictionary<string, FirmKey> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FirmKey> byName = new(StringComparer.Ordinal);

    public void Add(FirmKey firm)
    {
        if (firm.CreditCode is { Length: > 0 } code)
        {
            byCode.TryAdd(code, firm);
        }

        byName.TryAdd(EnterpriseName.Normalize(firm.Name), firm);
    }

    /// <summary>Every firm of the registry, in one pass.</summary>
    public static async Task<FirmIndex> LoadAsync(Common.Persistence.IApplicationDbContext db, CancellationToken ct)
    {
        var index = new FirmIndex();
        var firms = db.Enterprises.AsNoTracking().Select(e => new FirmKey(e.Id, e.Name, e.CreditCode, e.TownshipId)).AsAsyncEnumerable();
        await foreach (var firm in firms.WithCancellation(ct))
        {
            index.Add(firm);
        }

        return index;
    }

    public FirmKey? ByCode(string code) => byCode.GetValueOrDefault(code);

    public FirmKey? ByName(string normalisedName) => byName.GetValueOrDefault(normalisedName);

    /// <summary>
    /// The one matching rule of every import: by credit code, else by normalised name, among the firms
    /// the user may see; a name and a code naming two firms, or a name whose firm has another code, match none.
    /// </summary>
    public FirmMatch Match(string? name, string? code, ICurrentUser user)
    {
        FirmKey? Visible(FirmKey? firm) => firm is not null && user.CanSee(firm.TownshipId) ? firm : null;
        var normalised = name is null ? null : EnterpriseName.Normalize(name);
        var byCode = code is null ? null : Visible(ByCode(code));
        var byName = normalised is null ? null : Visible(ByName(normalised));
        if (byCode is not null && byName is not null && byCode.Id != byName.Id)
        {
            return new(null, FirmMatchProblem.NameAndCodeDisagree);
        }

        var firm = byCode ?? byName;
        if (firm is not null && byCode is null && code is not null && firm.CreditCode is not null)
        {
            return new(firm, FirmMatchProblem.OtherCode);
        }

        if (firm is not null)
        {
            return new(firm, FirmMatchProblem.None);
        }

        return code is not null && ByCode(code) is not null || normalised is not null && ByName(normalised) is not null
            ? new(null, FirmMatchProblem.NotVisible)
            : new(null, FirmMatchProblem.Unknown);
    }
}

/// <summary>Why a row's name and code match no firm (or, for <see cref="FirmMatchProblem.OtherCode"/>, which firm's code differs).</summary>
internal enum FirmMatchProblem
{
    None,
    NameAndCodeDisagree,
    OtherCode,

    /// <summary>Another township's firm: answered as an unknown one.</summary>
    NotVisible,
    Unknown,
}

internal sealed record FirmMatch(FirmKey? Firm, FirmMatchProblem Problem);

/// <summary>Every bad cell of a file, up to a limit beyond which only the count is kept.</summary>
internal sealed class ImportErrors(int limit)
{
    /// <summary>
    /// Characters of a bad value the error keeps: enough to recognise it, while a file of long
    /// bad cells still gives messages (and an error report) of bounded size.
    /// </summary>
    internal const int ValueShown = 100;

    private readonly List<ImportRowError> errors = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportRowError> Listed => errors;

    public void Add(int row, string column, string? value, string reason)
    {
        Count++;
        if (errors.Count < limit)
        {
            errors.Add(new ImportRowError(row, Shorten(column), value is null ? null : Shorten(value), reason));
        }
    }

    internal static string Shorten(string text) => text.Length <= ValueShown ? text : string.Concat(text.AsSpan(0, ValueShown), "…");
}

/// <summary>
/// Reads the rows of a figures file: finds the columns by header, recognises a units row,
/// parses and checks every cell, and matches each row to a firm (by credit code, else by
/// normalised name). A measure column the file lacks, or an empty cell, leaves the recorded value
/// as it is; 「清空」 clears it. Bad cells go to <see cref="ImportErrors"/>; good rows come back staged.
/// </summary>
internal sealed partial class FiguresFileParser(
    FirmIndex firms,
    IReadOnlyDictionary<string, int> townships,
    ICurrentUser user,
    bool registerUnknown,
    ImportErrors errors)
{
    /// <summary>The name rules of <see cref="RegisterEnterprise"/>, for the firms an import registers.</summary>
    private static readonly InlineValidator<string> NameRules = new() { v => v.RuleFor(name => name).ValidEnterpriseName() };

    /// <summary>What a statistics file writes for "not reported": the value is left as it is.</summary>
    private static readonly string[] NotReported = ["-", "/", "—", "－", "／"];

    /// <summary>What a total or subtotal row of a statistics table is named by (「合计」, 「孝顺镇小计」): never a firm.</summary>
    private static readonly string[] TotalWords = ["合计", "总计", "小计"];

    /// <summary>Unrecognised headers listed back to the user; a file of thousands lists the first ones.</summary>
    private const int UnknownColumnsListed = 50;

    private readonly int[] columnOf = Enumerable.Repeat(-1, ImportColumns.All.Count).ToArray();
    private readonly Dictionary<int, int> firstRowOfFirm = [];

    /// <summary>The row that first named each new firm (its normalised name, its code) or gave a firm without a code its code.</summary>
    private readonly Dictionary<string, int> firstRowOfNewKey = new(StringComparer.Ordinal);
    private string?[] headers = [];
    private bool expectUnitsRow;

    public List<string> UnknownColumns { get; } = [];

    /// <summary>Rows read past on purpose (totals, subtotals, a footer such as 「填表人：…」), each with why.</summary>
    public List<SkippedRow> Skipped { get; } = [];

    public bool UnitsRowFound { get; private set; }

    /// <summary>The rows that carry data: not blank, not the header, not the units row.</summary>
    public int DataRows { get; private set; }

    /// <summary>The measures the file has columns for: the only ones it can change.</summary>
    public IReadOnlyList<Measure> MeasuresInFile => ImportColumns.MeasureColumns.Where(Has).Select(c => c.Measure!.Value).ToList();

    /// <summary>Whether a row names the firm (企业名称 or 统一社会信用代码) and at least one measure.</summary>
    public static bool IsHeader(TabularRow row)
    {
        var columns = row.Cells.Select(c => ImportColumns.Recognise(c).Column).Where(c => c is not null).ToList();
        return columns.Any(c => c!.IsNumber) && columns.Any(c => c!.Field is ImportField.Name or ImportField.CreditCode);
    }

    /// <summary>Maps the header row; false (with errors recorded) when a required column is missing.</summary>
    public bool ReadHeader(TabularRow row)
    {
        headers = row.Cells.Select(c => c?.Trim()).ToArray();
        for (var i = 0; i < headers.Length; i++)
        {
            var (column, unit) = ImportColumns.Recognise(headers[i]);
            if (column is null)
            {
                if (!string.IsNullOrWhiteSpace(headers[i]) && UnknownColumns.Count < UnknownColumnsListed)
                {
                    UnknownColumns.Add(ImportErrors.Shorten(headers[i]!));
                }

                continue;
            }

            if (columnOf[column.Index] >= 0)
            {
                errors.Add(row.Number, headers[i]!, headers[i], Format(Messages.ImportDuplicateColumn, headers[columnOf[column.Index]]));
                continue;
            }

            columnOf[column.Index] = i;
            if (unit is not null && !ImportColumns.IsUnitOf(column, unit))
            {
                errors.Add(row.Number, headers[i]!, unit, Format(Messages.ImportUnitWrong, column.Unit));
            }
        }

        var missing = new List<string>();
        if (!Has(ImportColumns.Of(ImportField.Name)) && !Has(ImportColumns.Of(ImportField.CreditCode)))
        {
            missing.Add(Format(Messages.ImportNameOrCode, ImportColumns.Of(ImportField.Name).Header, ImportColumns.Of(ImportField.CreditCode).Header));
        }

        if (!ImportColumns.MeasureColumns.Any(Has))
        {
            missing.Add(Format(Messages.ImportAnyMeasure, string.Join("、", ImportColumns.MeasureColumns.Select(c => c.Header))));
        }

        if (missing.Count > 0)
        {
            errors.Add(row.Number, Messages.ImportHeaderColumn, string.Join(",", headers), Format(
                Messages.ImportMissingColumns, string.Join("、", missing), string.Join("、", ImportColumns.All.Select(c => c.Header))));
            return false;
        }

        expectUnitsRow = true;
        return true;
    }

    /// <summary>Parses one data row; null when it is blank, the units row, or has errors (recorded).</summary>
    public StagedFigures? Parse(TabularRow row)
    {
        if (row.Cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (expectUnitsRow)
        {
            expectUnitsRow = false;
            if (IsUnitsRow(row))
            {
                CheckUnits(row);
                UnitsRowFound = true;
                return null;
            }
        }

        if (SkipReason(row) is { } reason)
        {
            Skipped.Add(new SkippedRow(row.Number, reason));
            return null;
        }

        DataRows++;
        var before = errors.Count;
        var changes = new List<KeyValuePair<Measure, decimal?>>();
        foreach (var column in ImportColumns.MeasureColumns.Where(Has))
        {
            if (TryMeasureCell(row, column, out var value))
            {
                changes.Add(KeyValuePair.Create(column.Measure!.Value, value));
            }
        }

        var name = Cell(row, ImportField.Name);
        var codeText = Cell(row, ImportField.CreditCode);
        string? code = null;
        if (codeText is not null)
        {
            if (UnifiedSocialCreditCode.TryParse(codeText, out var parsed)
                || (UnifiedSocialCreditCode.TryParseOverridden(codeText, out parsed) && firms.ByCode(parsed.Value) is not null))
            {
                // A code that breaks a rule matches only a firm it was recorded for by override; it never registers one.
                code = parsed.Value;
            }
            else if (ScientificNotation().IsMatch(codeText))
            {
                Error(row, ImportColumns.Of(ImportField.CreditCode), codeText, Messages.ImportCreditCodeScientific);
            }
            else
            {
                Error(row, ImportColumns.Of(ImportField.CreditCode), codeText, Format(Messages.ImportCreditCodeInvalid, CreditCodes.Problem(codeText)!));
            }
        }

        if (name is null && codeText is null)
        {
            Error(row, FirmColumn, null, Messages.ImportRequired);
            return null;
        }

        if (errors.Count > before && code is null && codeText is not null)
        {
            return null;
        }

        var staged = Match(row, name, code, FigureChanges.Of(changes));
        return errors.Count > before ? null : staged;
    }

    /// <summary>
    /// Why a row is no firm's: a total or subtotal (its name, or with no name any cell, is 「合计」,
    /// 「总计」, 「小计」 or ends so, and it has no credit code), or a footer (no name, no code, no
    /// value, only text in columns the import does not read). Null for a row to read.
    /// </summary>
    private string? SkipReason(TabularRow row)
    {
        var name = Cell(row, ImportField.Name);
        if (Cell(row, ImportField.CreditCode) is not null)
        {
            return null;
        }

        if (name is not null ? IsTotal(name) : row.Cells.Any(c => !string.IsNullOrWhiteSpace(c) && IsTotal(c)))
        {
            return Messages.ImportSkippedTotal;
        }

        return name is null && ImportColumns.MeasureColumns.Where(Has).All(c => Cell(row, c) is null) ? Messages.ImportSkippedFooter : null;
    }

    private static bool IsTotal(string text)
    {
        var key = ImportColumns.Key(text);
        return TotalWords.Any(word => key.EndsWith(word, StringComparison.Ordinal));
    }

    /// <summary>How a spreadsheet shows an all-digit code it took for a number: 9.13307031E+17.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+(\.\d+)?[eE]\+?\d+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ScientificNotation();

    /// <summary>The column that names the firm in error messages: 企业名称 when the file has it.</summary>
    private ImportColumn FirmColumn => ImportColumns.Of(Has(ImportColumns.Of(ImportField.Name)) ? ImportField.Name : ImportField.CreditCode);

    private StagedFigures? Match(TabularRow row, string? name, string? code, FigureChanges changes)
    {
        var match = firms.Match(name, code, user);
        switch (match.Problem)
        {
            case FirmMatchProblem.NameAndCodeDisagree:
                // Putting the figures on either firm could be wrong: the user must say which.
                Error(row, ImportColumns.Of(ImportField.CreditCode), code, Messages.ImportNameAndCodeDisagree);
                return null;
            case FirmMatchProblem.OtherCode:
                Error(row, ImportColumns.Of(ImportField.CreditCode), code, Format(Messages.ImportCodeMismatch, match.Firm!.Name, match.Firm.CreditCode));
                return null;
            case FirmMatchProblem.NotVisible:
                Error(row, FirmColumn, name ?? code, registerUnknown ? Messages.ImportFirmNotYours : Messages.ImportFirmNotFound);
                return null;
            case FirmMatchProblem.Unknown:
                return Unmatched(row, name, name is null ? null : EnterpriseName.Normalize(name), code, changes);
        }

        var firm = match.Firm!;
        if (!firstRowOfFirm.TryAdd(firm.Id, row.Number))
        {
            Error(row, FirmColumn, name ?? code, Format(Messages.ImportDuplicateFirm, firstRowOfFirm[firm.Id]));
            return null;
        }

        if (firm.CreditCode is null && code is not null && !MayRecordCode(row, firm, code))
        {
            return null;
        }

        // A firm recorded without a code is given the file's; one with a code keeps it (a different one was refused above).
        return new StagedFigures(row.Number, firm.Id, null, firm.CreditCode is null ? code : null, null, changes);
    }

    /// <summary>A code the file gives a firm that has none: no other firm may hold it, in the registry or earlier in the file.</summary>
    private bool MayRecordCode(TabularRow row, FirmKey firm, string code)
    {
        if (firms.ByCode(code) is { } holder && holder.Id != firm.Id)
        {
            // Only another township's firm gets here (a visible one disagreed with the name above).
            Error(row, ImportColumns.Of(ImportField.CreditCode), code, Format(Messages.CreditCodeTakenOutOfScope, code));
            return false;
        }

        if (!firstRowOfNewKey.TryAdd(code, row.Number))
        {
            Error(row, ImportColumns.Of(ImportField.CreditCode), code, Format(Messages.ImportDuplicateFirm, firstRowOfNewKey[code]));
            return false;
        }

        return true;
    }

    private StagedFigures? Unmatched(TabularRow row, string? name, string? normalised, string? code, FigureChanges changes)
    {
        if (!registerUnknown)
        {
            Error(row, FirmColumn, name ?? code, Messages.ImportFirmNotFound);
            return null;
        }

        if (name is null || normalised is null)
        {
            Error(row, ImportColumns.Of(ImportField.Name), null, Messages.ImportNameRequiredToRegister);
            return null;
        }

        if (NameRules.Validate(name).Errors is [var nameError, ..])
        {
            Error(row, ImportColumns.Of(ImportField.Name), name, nameError.ErrorMessage);
            return null;
        }

        var townshipText = Cell(row, ImportField.Township);
        if (townshipText is null)
        {
            Error(row, ImportColumns.Of(ImportField.Township), null, Messages.ImportTownshipRequired);
            return null;
        }

        if (!townships.TryGetValue(EnterpriseName.Normalize(townshipText), out var townshipId))
        {
            Error(row, ImportColumns.Of(ImportField.Township), townshipText, Messages.ImportTownshipUnknown);
            return null;
        }

        if (!user.CanSee(townshipId))
        {
            Error(row, ImportColumns.Of(ImportField.Township), townshipText, Messages.ImportTownshipForbidden);
            return null;
        }

        if (!firstRowOfNewKey.TryAdd(normalised, row.Number) || (code is not null && !firstRowOfNewKey.TryAdd(code, row.Number)))
        {
            var first = firstRowOfNewKey.TryGetValue(normalised, out var byName) && byName != row.Number ? byName : firstRowOfNewKey[code!];
            Error(row, ImportColumns.Of(ImportField.Name), name, Format(Messages.ImportDuplicateFirm, first));
            return null;
        }

        return new StagedFigures(row.Number, null, name, code, townshipId, changes);
    }

    private bool IsUnitsRow(TabularRow row)
    {
        var anyUnit = false;
        foreach (var column in ImportColumns.All)
        {
            var text = Cell(row, column);
            if (text is null)
            {
                continue;
            }

            if (!column.IsNumber || !ImportColumns.LooksLikeUnit(text))
            {
                return false;
            }

            anyUnit = true;
        }

        return anyUnit;
    }

    private void CheckUnits(TabularRow row)
    {
        foreach (var column in ImportColumns.MeasureColumns)
        {
            if (Cell(row, column) is { } unit && !ImportColumns.IsUnitOf(column, unit))
            {
                Error(row, column, unit, Format(Messages.ImportUnitWrong, column.Unit));
            }
        }
    }

    /// <summary>
    /// Reads a measure's cell: false to leave the value as it is (empty, 「-」, or refused with an
    /// error); true with null to clear it (「清空」); true with the value.
    /// </summary>
    private bool TryMeasureCell(TabularRow row, ImportColumn column, out decimal? result)
    {
        result = null;
        var text = Cell(row, column);
        if (text is null || NotReported.Contains(text))
        {
            return false;
        }

        if (text == ImportColumns.ClearMarker)
        {
            return true;
        }

        if (!AmountText.TryParse(text, out var value) && !CellAmount.TryRead(text, column.Unit, out value))
        {
            Error(row, column, text, CellAmount.HasUnit(text, out _, out _) ? Format(Messages.ImportUnitInCell, column.Unit ?? string.Empty) : Messages.ImportNotANumber);
            return false;
        }

        var measure = column.Measure!.Value;
        if (!Measures.Of(measure).IsCount)
        {
            value = Measures.Round(value);
        }

        var problem = MeasureRules.Check(measure, value);
        if (problem is not null)
        {
            Error(row, column, text, problem switch
            {
                MeasureProblem.Negative => Messages.ImportNegative,
                MeasureProblem.TooLarge => Format(Messages.ImportTooLarge, column.Unit),
                _ => Messages.ImportNotInteger,
            });
            return false;
        }

        result = value;
        return true;
    }

    private bool Has(ImportColumn column) => columnOf[column.Index] >= 0;

    private string? Cell(TabularRow row, ImportField field) => Cell(row, ImportColumns.Of(field));

    private string? Cell(TabularRow row, ImportColumn column)
    {
        var index = columnOf[column.Index];
        if (index < 0 || index >= row.Cells.Count)
        {
            return null;
        }

        // An exported cell may carry the apostrophe that keeps a spreadsheet from running it as a formula.
        var text = row.Cells[index]?.Trim();
        return string.IsNullOrEmpty(text) ? null : SpreadsheetText.Restore(text);
    }

    private void Error(TabularRow row, ImportColumn column, string? value, string reason)
    {
        var index = columnOf[column.Index];
        var header = index >= 0 && index < headers.Length && !string.IsNullOrEmpty(headers[index]) ? headers[index]! : column.Header;
        errors.Add(row.Number, header, value, reason);
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
