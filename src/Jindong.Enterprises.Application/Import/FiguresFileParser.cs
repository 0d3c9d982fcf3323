using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Export;
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

        byName.TryAdd(FirmNames.Normalise(firm.Name), firm);
    }

    public FirmKey? ByCode(string code) => byCode.GetValueOrDefault(code);

    public FirmKey? ByName(string normalisedName) => byName.GetValueOrDefault(normalisedName);
}

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

    private static string Shorten(string text) => text.Length <= ValueShown ? text : string.Concat(text.AsSpan(0, ValueShown), "…");
}

/// <summary>
/// Reads the rows of a figures file: finds the columns by header, recognises a units row,
/// parses and checks every cell, and matches each row to a firm (by credit code, else by
/// normalised name). Bad cells go to <see cref="ImportErrors"/>; good rows come back staged.
/// </summary>
internal sealed class FiguresFileParser(
    FirmIndex firms,
    IReadOnlyDictionary<string, int> townships,
    ICurrentUser user,
    bool registerUnknown,
    ImportErrors errors)
{
    /// <summary>10^12 万元 is beyond any firm; larger numbers are typing errors (as for manual records).</summary>
    private const decimal Largest = 1_000_000_000_000m;

    private readonly int[] columnOf = Enumerable.Repeat(-1, ImportColumns.All.Count).ToArray();
    private readonly Dictionary<int, int> firstRowOfFirm = [];
    private readonly Dictionary<string, int> firstRowOfNewFirm = new(StringComparer.Ordinal);
    private string?[] headers = [];
    private bool expectUnitsRow;

    public List<string> UnknownColumns { get; } = [];

    public bool UnitsRowFound { get; private set; }

    /// <summary>The rows that carry data: not blank, not the header, not the units row.</summary>
    public int DataRows { get; private set; }

    /// <summary>Whether a row names the required columns: 工业总产值, and 企业名称 or 统一社会信用代码.</summary>
    public static bool IsHeader(TabularRow row)
    {
        var fields = row.Cells.Select(c => ImportColumns.Recognise(c).Column?.Field).ToHashSet();
        return fields.Contains(ImportField.Output) && (fields.Contains(ImportField.Name) || fields.Contains(ImportField.CreditCode));
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
                if (!string.IsNullOrWhiteSpace(headers[i]))
                {
                    UnknownColumns.Add(headers[i]!);
                }

                continue;
            }

            if (columnOf[(int)column.Field] >= 0)
            {
                errors.Add(row.Number, headers[i]!, headers[i], Format(Messages.ImportDuplicateColumn, headers[columnOf[(int)column.Field]]));
                continue;
            }

            columnOf[(int)column.Field] = i;
            if (unit is not null && !ImportColumns.IsUnitOf(column, unit))
            {
                errors.Add(row.Number, headers[i]!, unit, Format(Messages.ImportUnitWrong, column.Unit));
            }
        }

        var missing = new List<string>();
        if (Has(ImportField.Name) is false && Has(ImportField.CreditCode) is false)
        {
            missing.Add(Format(Messages.ImportNameOrCode, ImportColumns.Of(ImportField.Name).Header, ImportColumns.Of(ImportField.CreditCode).Header));
        }

        if (!Has(ImportField.Output))
        {
            missing.Add(ImportColumns.Of(ImportField.Output).Header);
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

        DataRows++;
        var before = errors.Count;
        var output = Amount(row, ImportField.Output, required: true);
        var values = new FigureValues(
            output ?? 0m,
            Amount(row, ImportField.Revenue),
            Amount(row, ImportField.Tax),
            Amount(row, ImportField.ValueAdded),
            Amount(row, ImportField.Land),
            Count(row, ImportField.Employees),
            Amount(row, ImportField.Rd),
            Amount(row, ImportField.Energy),
            Amount(row, ImportField.Emissions));

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
            else
            {
                Error(row, ImportField.CreditCode, codeText, Format(Messages.ImportCreditCodeInvalid, CreditCodes.Problem(codeText)!));
            }
        }

        if (name is null && codeText is null)
        {
            Error(row, Has(ImportField.Name) ? ImportField.Name : ImportField.CreditCode, null, Messages.ImportRequired);
            return null;
        }

        if (errors.Count > before && code is null && codeText is not null)
        {
            return null;
        }

        var staged = Match(row, name, code, values);
        return errors.Count > before ? null : staged;
    }

    private StagedFigures? Match(TabularRow row, string? name, string? code, FigureValues values)
    {
        var normalised = name is null ? null : FirmNames.Normalise(name);
        var firm = code is null ? null : firms.ByCode(code);
        if (firm is null && normalised is not null)
        {
            firm = firms.ByName(normalised);
            if (firm is not null && code is not null && firm.CreditCode is not null && firm.CreditCode != code)
            {
                Error(row, ImportField.CreditCode, code, Format(Messages.ImportCodeMismatch, firm.Name, firm.CreditCode));
                return null;
            }
        }

        if (firm is not null)
        {
            if (!user.CanSee(firm.TownshipId))
            {
                Error(row, Has(ImportField.Name) ? ImportField.Name : ImportField.CreditCode, name ?? code, Messages.ImportTownshipForbidden);
                return null;
            }

            if (!firstRowOfFirm.TryAdd(firm.Id, row.Number))
            {
                Error(row, Has(ImportField.Name) ? ImportField.Name : ImportField.CreditCode, name ?? code, Format(Messages.ImportDuplicateFirm, firstRowOfFirm[firm.Id]));
                return null;
            }

            return new StagedFigures(row.Number, firm.Id, null, null, null, values);
        }

        return Unmatched(row, name, normalised, code, values);
    }

    private StagedFigures? Unmatched(TabularRow row, string? name, string? normalised, string? code, FigureValues values)
    {
        if (!registerUnknown)
        {
            Error(row, Has(ImportField.Name) ? ImportField.Name : ImportField.CreditCode, name ?? code, Messages.ImportFirmNotFound);
            return null;
        }

        if (name is null || normalised is null)
        {
            Error(row, ImportField.Name, null, Messages.ImportNameRequiredToRegister);
            return null;
        }

        if (name.Length > EnterpriseName.MaxLength)
        {
            Error(row, ImportField.Name, name, Format(Messages.NameTooLong, EnterpriseName.MaxLength));
            return null;
        }

        if (name.Any(char.IsControl))
        {
            Error(row, ImportField.Name, name, Messages.NameControlCharacter);
            return null;
        }

        var townshipText = Cell(row, ImportField.Township);
        if (townshipText is null)
        {
            Error(row, ImportField.Township, null, Messages.ImportTownshipRequired);
            return null;
        }

        if (!townships.TryGetValue(FirmNames.Normalise(townshipText), out var townshipId))
        {
            Error(row, ImportField.Township, townshipText, Messages.ImportTownshipUnknown);
            return null;
        }

        if (!user.CanSee(townshipId))
        {
            Error(row, ImportField.Township, townshipText, Messages.ImportTownshipForbidden);
            return null;
        }

        if (!firstRowOfNewFirm.TryAdd(normalised, row.Number) || (code is not null && !firstRowOfNewFirm.TryAdd(code, row.Number)))
        {
            var first = firstRowOfNewFirm.TryGetValue(normalised, out var byName) && byName != row.Number ? byName : firstRowOfNewFirm[code!];
            Error(row, ImportField.Name, name, Format(Messages.ImportDuplicateFirm, first));
            return null;
        }

        return new StagedFigures(row.Number, null, name, code, townshipId, values);
    }

    private bool IsUnitsRow(TabularRow row)
    {
        var anyUnit = false;
        foreach (var column in ImportColumns.All)
        {
            var text = Cell(row, column.Field);
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
        foreach (var column in ImportColumns.All.Where(c => c.IsNumber))
        {
            if (Cell(row, column.Field) is { } unit && !ImportColumns.IsUnitOf(column, unit))
            {
                Error(row, column.Field, unit, Format(Messages.ImportUnitWrong, column.Unit));
            }
        }
    }

    private decimal? Amount(TabularRow row, ImportField field, bool required = false)
    {
        var text = Cell(row, field);
        if (text is null)
        {
            if (required)
            {
                Error(row, field, null, Messages.ImportRequired);
            }

            return null;
        }

        if (!TryNumber(text, out var value))
        {
            Error(row, field, text, Messages.ImportNotANumber);
            return null;
        }

        if (value < 0)
        {
            Error(row, field, text, Messages.ImportNegative);
            return null;
        }

        if (value >= Largest)
        {
            Error(row, field, text, Messages.ImportTooLarge);
            return null;
        }

        // The columns hold four decimal places; rounding here makes a re-import compare equal.
        return Math.Round(value, 4, MidpointRounding.AwayFromZero);
    }

    private int? Count(TabularRow row, ImportField field)
    {
        var text = Cell(row, field);
        if (text is null)
        {
            return null;
        }

        if (!TryNumber(text, out var value))
        {
            Error(row, field, text, Messages.ImportNotANumber);
            return null;
        }

        if (value < 0)
        {
            Error(row, field, text, Messages.ImportNegative);
            return null;
        }

        if (value != decimal.Truncate(value) || value > int.MaxValue)
        {
            Error(row, field, text, Messages.ImportNotInteger);
            return null;
        }

        return (int)value;
    }

    private static bool TryNumber(string text, out decimal value)
    {
        const NumberStyles Styles = NumberStyles.Float | NumberStyles.AllowThousands;
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // Full-width digits (１２３．５) as Chinese input methods type them.
        var folded = text.Normalize(NormalizationForm.FormKC);
        return !ReferenceEquals(folded, text) && decimal.TryParse(folded, Styles, CultureInfo.InvariantCulture, out value);
    }

    private bool Has(ImportField field) => columnOf[(int)field] >= 0;

    private string? Cell(TabularRow row, ImportField field)
    {
        var index = columnOf[(int)field];
        if (index < 0 || index >= row.Cells.Count)
        {
            return null;
        }

        // An exported cell may carry the apostrophe that keeps a spreadsheet from running it as a formula.
        var text = row.Cells[index]?.Trim();
        return string.IsNullOrEmpty(text) ? null : SpreadsheetText.Restore(text);
    }

    private void Error(TabularRow row, ImportField field, string? value, string reason)
    {
        var index = columnOf[(int)field];
        var column = index >= 0 && index < headers.Length && !string.IsNullOrEmpty(headers[index]) ? headers[index]! : ImportColumns.Of(field).Header;
        errors.Add(row.Number, column, value, reason);
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.CurrentCulture, format, args);
}
