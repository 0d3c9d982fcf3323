using Jindong.Enterprises.Application.Common.Exceptions;
using System.Globalization;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Tables;

namespace Jindong.Enterprises.Application.Import;

/// <summary>
/// A figures file refused for its bad cells: the messages by row and column, as every refusal has them,
/// and the cells themselves in row order, for a page that lists each once and offers them as a file.
/// </summary>
public sealed class ImportRefusedException(IDictionary<string, string[]> messages, IReadOnlyList<ImportRowError> rows, int notListed)
    : InputValidationException(messages)
{
    /// <summary>The bad cells, in row order (file-level problems first).</summary>
    public IReadOnlyList<ImportRowError> Rows { get; } = rows;

    /// <summary>Bad cells counted beyond the listed ones.</summary>
    public int NotListed { get; } = notListed;
}

/// <summary>The error report's layout — the CLI's --errors file and the web page's download alike.</summary>
public static class ImportErrorReport
{
    public static IReadOnlyList<string> Headers =>
        [Messages.ImportReportRow, Messages.ImportReportColumn, Messages.ImportReportValue, Messages.ImportReportReason];

    /// <summary>The .xlsx sheet: titled with the refused file's name, row numbers ungrouped.</summary>
    public static SheetLayout Layout(string fileName) => new(
        Messages.ImportErrorSheet,
        [string.Format(CultureInfo.CurrentCulture, Messages.ImportErrorTitle, fileName)],
        [CellKind.Year, CellKind.Text, CellKind.Text, CellKind.Text]);

    public static IEnumerable<IReadOnlyList<object?>> Rows(IEnumerable<ImportRowError> errors) =>
        errors.Select(e => (IReadOnlyList<object?>)[e.Row == 0 ? null : e.Row, e.Column, e.Value, e.Reason]);

    /// <summary>In row order; within a row, in the order they were found (left to right).</summary>
    public static IReadOnlyList<ImportRowError> InRowOrder(IEnumerable<ImportRowError> errors) => errors.OrderBy(e => e.Row).ToList();
}
