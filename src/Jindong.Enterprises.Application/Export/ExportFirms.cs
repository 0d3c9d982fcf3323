using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Export;

/// <summary>
/// Writes every firm the user may see to a CSV or .xlsx file. The first three columns are those
/// of the figures layout (企业名称, 统一社会信用代码, 乡镇街道), so the file can be filled in with a
/// year's figures and imported. Returns the number of rows written.
/// </summary>
public sealed record ExportFirms(string Path, TabularFormat Format) : IQuery<int>;

internal sealed class ExportFirmsHandler(IApplicationDbContext db, ICurrentUser user, ITabularWriter writer) : IRequestHandler<ExportFirms, int>
{
    /// <summary>The columns after the shared three: file layout, so Chinese in every language (as the seed files are).</summary>
    private static readonly string[] MoreColumns = ["产业细分", "培育目标", "当前档次", "状态", "清单序号"];

    public Task<int> Handle(ExportFirms query, CancellationToken cancellationToken)
    {
        var township = user.Role == UserRole.Township ? user.TownshipId : null;
        var rows =
            from e in db.Enterprises.AsNoTracking()
            join t in db.Townships.AsNoTracking() on e.TownshipId equals t.Id
            join s in db.Segments.AsNoTracking() on e.SegmentId equals s.Id into segments
            from s in segments.DefaultIfEmpty()
            where township == null || e.TownshipId == township
            orderby e.Id
            select new { e.Name, e.CreditCode, Township = t.Name, Segment = s == null ? null : s.Name, e.Target, e.CurrentTier, e.Status, e.ListNo };

        var header = new[] { ImportField.Name, ImportField.CreditCode, ImportField.Township }
            .Select(f => ImportColumns.Of(f).Header)
            .Concat(MoreColumns)
            .ToList();
        var count = writer.Write(
            query.Path,
            query.Format,
            header,
            rows.AsEnumerable().Select(r => (IReadOnlyList<object?>)[
                r.Name, r.CreditCode, r.Township, r.Segment, r.Target?.Name(), r.CurrentTier?.Name(), EnterpriseStatuses.Code(r.Status), r.ListNo]));
        Serilog.Log.Information("Exported {Count} firms to {Path}", count, query.Path);
        return Task.FromResult(count);
    }
}
