using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Export;

/// <summary>
/// Writes every firm the user may see, as CSV or .xlsx, to <see cref="Output"/>. The first three
/// columns are those of the figures layout (企业名称, 统一社会信用代码, 乡镇街道), so the file can be
/// filled in with a year's figures and imported. Returns the number of rows written.
/// </summary>
public sealed record ExportFirms(TabularFormat Format) : IQuery<int>
{
    public required Stream Output { get; init; }
}

internal sealed class ExportFirmsHandler(IApplicationDbContext db, ICurrentUser user, ITableWriter writer) : IRequestHandler<ExportFirms, int>
{
    /// <summary>The columns after the shared three: file layout, so Chinese in every language (as the seed files are).</summary>
    private static readonly string[] MoreColumns = ["产业细分", "培育目标", "当前档次", "状态", "清单序号"];

    public Task<int> Handle(ExportFirms query, CancellationToken cancellationToken)
    {
        var rows =
            from e in db.Enterprises.AsNoTracking().Visible(user)
            join t in db.Townships.AsNoTracking() on e.TownshipId equals t.Id
            join s in db.Segments.AsNoTracking() on e.SegmentId equals s.Id into segments
            from s in segments.DefaultIfEmpty()
            orderby e.Id
            select new { e.Name, e.CreditCode, Township = t.Name, Segment = s == null ? null : s.Name, e.Target, e.CurrentTier, e.Status, e.ListNo };

        var header = new[] { ImportField.Name, ImportField.CreditCode, ImportField.Township }
            .Select(f => ImportColumns.Of(f).Header)
            .Concat(MoreColumns)
            .ToList();
        var count = writer.Write(
            query.Output,
            query.Format,
            header,
            rows.AsEnumerable().Select(r => (IReadOnlyList<object?>)[
                r.Name, r.CreditCode, r.Township, r.Segment, r.Target?.Name(), r.CurrentTier?.Name(), Codes.Label(r.Status), r.ListNo]),
            new SheetLayout(DisplayText.SheetFirmsExport, [DisplayText.SheetFirmsExport], [.. header.Select(_ => CellKind.Text).SkipLast(1), CellKind.Count]));
        Serilog.Log.Information("Exported {Count} firms", count);
        return Task.FromResult(count);
    }
}
