using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>A firm as it stood at a year's end.</summary>
public sealed class FirmStanding
{
    public int EnterpriseId { get; init; }

    public EnterpriseStatus Status { get; init; }

    public int TownshipId { get; init; }

    public int? SegmentId { get; init; }

    public Tier? Target { get; init; }

    /// <summary>On the list by the year's end; a firm registered later stands as it was registered, and counts only through figures recorded for the year.</summary>
    public bool Listed { get; init; }
}

/// <summary>One firm's figures for one year, as recorded at a moment.</summary>
public sealed class FigureFact
{
    public int EnterpriseId { get; init; }

    public int Year { get; init; }

    public decimal OutputWan { get; init; }
}

/// <summary>
/// The registry at a report's <see cref="ReportBasis"/>: firms from their recorded states, figures from
/// the current rows and the revisions they replaced. The one place reports read history from.
/// </summary>
public static class RegistryAt
{
    /// <summary>Each firm (of the user's township then, for an officer) as it stood at the basis's year end.</summary>
    public static IQueryable<FirmStanding> Standings(this IApplicationDbContext db, ICurrentUser user, ReportBasis basis)
    {
        var scoped = user.ScopedTownship();
        var day = basis.YearEnd;
        var at = basis.RecordedBy ?? basis.ProducedAt;
        // States are added in effective order, so the latest by id is the latest in effect.
        return
            from s in db.EnterpriseStates
            where s.Id == (db.EnterpriseStates.Where(o => o.EnterpriseId == s.EnterpriseId && o.EffectiveOn <= day && o.RecordedAt <= at).Max(o => (int?)o.Id)
                ?? db.EnterpriseStates.Where(o => o.EnterpriseId == s.EnterpriseId && o.RecordedAt <= at).Min(o => (int?)o.Id))
            where scoped == null || s.TownshipId == scoped
            select new FirmStanding
            {
                EnterpriseId = s.EnterpriseId,
                Status = s.Status,
                TownshipId = s.TownshipId,
                SegmentId = s.SegmentId,
                Target = s.Target,
                Listed = s.EffectiveOn <= day,
            };
    }

    /// <summary>Every firm's figures as they had been recorded by the basis's moment (all of them, as they stand, on a live basis).</summary>
    public static IQueryable<FigureFact> Figures(this IApplicationDbContext db, ReportBasis basis)
    {
        var current = db.AnnualFigures.Select(f => new FigureFact { EnterpriseId = f.EnterpriseId, Year = f.Year, OutputWan = f.Values.OutputWan });
        if (basis.RecordedBy is not { } at)
        {
            return current;
        }

        return db.AnnualFigures
            .Where(f => f.RecordedAt <= at)
            .Select(f => new FigureFact { EnterpriseId = f.EnterpriseId, Year = f.Year, OutputWan = f.Values.OutputWan })
            .Concat(db.AnnualFiguresRevisions
                .Where(r => r.RecordedAt <= at && r.SupersededAt > at)
                .Select(r => new FigureFact { EnterpriseId = r.EnterpriseId, Year = r.Year, OutputWan = r.Values.OutputWan }));
    }
}
