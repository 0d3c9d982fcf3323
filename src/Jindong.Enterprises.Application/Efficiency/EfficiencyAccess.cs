using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>How the efficiency use cases find a year's method, evaluation and one firm's stored result.</summary>
internal static class EfficiencyAccess
{
    public static async Task<EfficiencyMethod> MethodOfAsync(this IApplicationDbContext db, int year, CancellationToken ct) =>
        await db.EfficiencyMethods.SingleOrDefaultAsync(m => m.Year == year, ct)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.MethodNotFound, year));

    public static async Task<EfficiencyEvaluation> EvaluationOfAsync(this IApplicationDbContext db, int year, CancellationToken ct) =>
        await db.EfficiencyEvaluations.SingleOrDefaultAsync(e => e.Year == year, ct)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.EvaluationNotFound, year));

    public static async Task<EfficiencyResult> ResultOfAsync(this IApplicationDbContext db, EfficiencyEvaluation evaluation, int enterpriseId, CancellationToken ct) =>
        await db.EfficiencyResults.SingleOrDefaultAsync(r => r.EvaluationId == evaluation.Id && r.EnterpriseId == enterpriseId, ct)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.ResultNotFound, evaluation.Year, enterpriseId));

    /// <summary>The stored lines of one firm's result.</summary>
    public static async Task<IReadOnlyList<IndicatorLine>> LinesOfAsync(this IApplicationDbContext db, int evaluationId, int enterpriseId, CancellationToken ct) =>
        (await db.EfficiencyResultLines.AsNoTracking()
            .Where(l => l.EvaluationId == evaluationId && l.EnterpriseId == enterpriseId)
            .OrderBy(l => l.Order)
            .ToListAsync(ct))
        .Select(l => l.ToLine())
        .ToList();

    /// <summary>The stored scores of the other ranked firms of each population: what one firm is ranked against after the run.</summary>
    public static async Task<Func<Population, IReadOnlyList<decimal>>> OtherScoresAsync(this IApplicationDbContext db, int evaluationId, int enterpriseId, CancellationToken ct)
    {
        var scores = await db.EfficiencyResults.AsNoTracking()
            .Where(r => r.EvaluationId == evaluationId && r.EnterpriseId != enterpriseId && r.Score != null)
            .Select(r => new { r.Population, Score = r.Score!.Value })
            .ToListAsync(ct);
        var byPopulation = scores.GroupBy(s => s.Population).ToDictionary(g => g.Key, g => (IReadOnlyList<decimal>)g.Select(s => s.Score).ToList());
        return population => byPopulation.GetValueOrDefault(population, []);
    }

    /// <summary>What the evaluation reads of one firm now: the year's figures, parcels and profile.</summary>
    public static async Task<EvaluationInput?> InputOfAsync(this IApplicationDbContext db, int year, int enterpriseId, CancellationToken ct)
    {
        var row = await (
                from e in db.Enterprises.AsNoTracking()
                where e.Id == enterpriseId
                join f in db.AnnualFigures on new { EnterpriseId = e.Id, Year = year } equals new { f.EnterpriseId, f.Year }
                select new { e.Id, e.TownshipId, f.Values })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var parcels = await db.LandParcels.AsNoTracking().Where(p => p.EnterpriseId == enterpriseId).ToListAsync(ct);
        var profile = await db.EfficiencyProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.EnterpriseId == enterpriseId, ct);
        return new EvaluationInput(row.Id, row.TownshipId, row.Values, parcels.Select(p => p.Span).ToList(), profile?.EstablishedYear, profile?.Kind);
    }
}
