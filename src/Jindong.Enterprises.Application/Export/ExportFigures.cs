using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Import;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Export;

/// <summary>
/// Writes a year's figures of every firm the user may see to a CSV or .xlsx file, in the column
/// layout <see cref="ImportAnnualFigures"/> reads, so importing the file back changes nothing.
/// Returns the number of rows written.
/// </summary>
public sealed record ExportFigures(int Year, string Path, TabularFormat Format) : IQuery<int>;

internal sealed class ExportFiguresValidator : AbstractValidator<ExportFigures>
{
    public ExportFiguresValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class ExportFiguresHandler(IApplicationDbContext db, ICurrentUser user, ITabularWriter writer) : IRequestHandler<ExportFigures, int>
{
    private static readonly ImportField[] Columns =
    [
        ImportField.Name, ImportField.CreditCode, ImportField.Township, ImportField.Output, ImportField.Revenue, ImportField.Tax,
        ImportField.ValueAdded, ImportField.Land, ImportField.Employees, ImportField.Rd, ImportField.Energy, ImportField.Emissions,
    ];

    public Task<int> Handle(ExportFigures query, CancellationToken cancellationToken)
    {
        var township = user.Role == UserRole.Township ? user.TownshipId : null;
        var rows =
            from f in db.AnnualFigures.AsNoTracking()
            join e in db.Enterprises.AsNoTracking() on f.EnterpriseId equals e.Id
            join t in db.Townships.AsNoTracking() on e.TownshipId equals t.Id
            where f.Year == query.Year && (township == null || e.TownshipId == township)
            orderby e.Id
            select new { e.Name, e.CreditCode, Township = t.Name, f.OutputWan, f.RevenueWan, f.TaxWan, f.ValueAddedWan, f.LandMu, f.Employees, f.RdWan, f.EnergyTce, f.EmissionsTonnes };

        // Enumerated as the writer writes, so a province's figures never sit in memory at once.
        var count = writer.Write(
            query.Path,
            query.Format,
            Columns.Select(c => ImportColumns.ExportHeader(ImportColumns.Of(c))).ToList(),
            rows.AsEnumerable().Select(r => (IReadOnlyList<object?>)[
                r.Name, r.CreditCode, r.Township, r.OutputWan, r.RevenueWan, r.TaxWan, r.ValueAddedWan, r.LandMu, r.Employees, r.RdWan, r.EnergyTce, r.EmissionsTonnes]));
        Serilog.Log.Information("Exported {Count} rows of {Year} figures to {Path}", count, query.Year, query.Path);
        return Task.FromResult(count);
    }
}
