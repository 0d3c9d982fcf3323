using Jindong.Enterprises.Application.Resources;
using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Tables;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Export;

/// <summary>
/// Writes a year's figures of every firm the user may see, as CSV or .xlsx, to <see cref="Output"/>,
/// in the column layout <see cref="ImportAnnualFigures"/> reads (<see cref="ImportColumns"/>), so
/// importing the file back changes nothing. Returns the number of rows written.
/// </summary>
public sealed record ExportFigures(int Year, TabularFormat Format) : IQuery<int>
{
    public required Stream Output { get; init; }
}

internal sealed class ExportFiguresValidator : AbstractValidator<ExportFigures>
{
    public ExportFiguresValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class ExportFiguresHandler(IApplicationDbContext db, ICurrentUser user, ITableWriter writer) : IRequestHandler<ExportFigures, int>
{
    public Task<int> Handle(ExportFigures query, CancellationToken cancellationToken)
    {
        var rows =
            from f in db.AnnualFigures.AsNoTracking()
            join e in db.Enterprises.AsNoTracking().Visible(user) on f.EnterpriseId equals e.Id
            join t in db.Townships.AsNoTracking() on e.TownshipId equals t.Id
            where f.Year == query.Year
            orderby e.Id
            select new { e.Name, e.CreditCode, Township = t.Name, f.Values };

        // Enumerated as the writer writes, so a province's figures never sit in memory at once.
        var columns = ImportColumns.All;
        var title = string.Format(CultureInfo.CurrentCulture, DisplayText.SheetFiguresExport, query.Year);
        var count = writer.Write(
            query.Output,
            query.Format,
            columns.Select(ImportColumns.ExportHeader).ToList(),
            rows.AsEnumerable().Select(r => (IReadOnlyList<object?>)[
                r.Name, r.CreditCode, r.Township, .. MeasureFields.Json(r.Values).Values]),
            new SheetLayout(title, [title], columns.Select(c => c.IsNumber ? CellKind.Amount : CellKind.Text).ToList()));
        Serilog.Log.Information("Exported {Count} rows of {Year} figures", count, query.Year);
        return Task.FromResult(count);
    }
}
