using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>
/// How far a firm's latest recorded output is from its cultivation target's threshold, and the
/// yearly growth it needs to reach it by <see cref="TargetYear"/>.
/// </summary>
public sealed record GetTargetGap(int EnterpriseId) : IQuery<TargetGapView?>, IReadsEnterprise
{
    public const int TargetYear = 2025;
}

/// <param name="RequiredGrowth">Yearly growth rate (0.12 = 12 %) needed; null when reached or when no year is left.</param>
public sealed record TargetGapView(string Target, decimal ThresholdWan, int? LatestYear, decimal? LatestOutputWan, decimal? GapWan, bool Reached, double? RequiredGrowth);

internal sealed class GetTargetGapHandler(IApplicationDbContext db) : IRequestHandler<GetTargetGap, TargetGapView?>
{
    public async Task<TargetGapView?> Handle(GetTargetGap query, CancellationToken cancellationToken)
    {
        var firm = await db.Enterprises.AsNoTracking().Where(e => e.Id == query.EnterpriseId)
            .Select(e => new { e.TownshipId, e.Target }).SingleOrDefaultAsync(cancellationToken);
        if (firm is null)
        {
            throw EnterpriseLookup.NotFound(query.EnterpriseId);
        }

        if (firm.Target is not { } target)
        {
            return null;
        }

        var threshold = target.ThresholdWan();
        var latest = await db.AnnualFigures.AsNoTracking().Where(f => f.EnterpriseId == query.EnterpriseId)
            .OrderByDescending(f => f.Year).Select(f => new { f.Year, f.Values.OutputWan }).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return new TargetGapView(target.Name(), threshold, null, null, null, false, null);
        }

        var reached = latest.OutputWan >= threshold;
        var years = GetTargetGap.TargetYear - latest.Year;
        double? growth = reached || years <= 0 || latest.OutputWan <= 0
            ? null
            : Math.Pow((double)(threshold / latest.OutputWan), 1.0 / years) - 1;
        return new TargetGapView(target.Name(), threshold, latest.Year, latest.OutputWan, reached ? 0 : threshold - latest.OutputWan, reached, growth);
    }
}
