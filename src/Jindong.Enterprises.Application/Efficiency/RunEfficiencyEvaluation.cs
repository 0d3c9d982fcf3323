using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Computes the year's evaluation under its method for every active firm with the year's figures,
/// district-wide: the inputs read at once (the firms held against writes meanwhile), computed in
/// memory by <see cref="EfficiencyEvaluator"/>, the results written set-based. Before publication it
/// may run again (after corrections): the results are replaced and open flags closed as recomputed.
/// </summary>
[Requires(Permission.Administer)]
public sealed record RunEfficiencyEvaluation(int Year) : ICommand<EvaluationRun>;

/// <summary>What a run did.</summary>
public sealed record EvaluationRun(int Year, int Runs, int Evaluated, int Classed, int Exempt, int LowEfficiency, int WithoutFigures, int FlagsClosed);

internal sealed class RunEfficiencyEvaluationValidator : AbstractValidator<RunEfficiencyEvaluation>
{
    public RunEfficiencyEvaluationValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class RunEfficiencyEvaluationHandler(
    IApplicationDbContext db,
    IEfficiencyStore store,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<RunEfficiencyEvaluation, EvaluationRun>
{
    public async Task<EvaluationRun> Handle(RunEfficiencyEvaluation command, CancellationToken cancellationToken)
    {
        var year = command.Year;
        var now = clock.GetUtcNow().UtcDateTime;
        // The inputs are read from every firm at once: a correction lands before the run or after it, never between.
        await db.LockEnterprisesAsync(cancellationToken);
        var method = await db.MethodOfAsync(year, cancellationToken);
        var evaluation = await db.EfficiencyEvaluations.SingleOrDefaultAsync(e => e.Year == year, cancellationToken);
        evaluation?.EnsureComputed();

        var inputs = await InputsAsync(year, cancellationToken);
        var (firms, stats) = EfficiencyEvaluator.Evaluate(method.Terms, year, inputs);

        var before = evaluation is null
            ? new Dictionary<int, ResultSummary>()
            : (await db.EfficiencyResults.AsNoTracking().Where(r => r.EvaluationId == evaluation.Id).ToListAsync(cancellationToken))
                .ToDictionary(r => r.EnterpriseId, r => ResultSummary.Of(year, r));
        var flagsClosed = 0;
        if (evaluation is null)
        {
            evaluation = EfficiencyEvaluation.Run(year, method, stats, user.Name, now);
            db.EfficiencyEvaluations.Add(evaluation);
        }
        else
        {
            evaluation.Rerun(method, stats, user.Name, now);
            flagsClosed = await CloseFlagsAsync(evaluation.Id, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await store.ReplaceResultsAsync(evaluation.Id, firms, cancellationToken);
        foreach (var firm in firms)
        {
            audit.Record(firm.EnterpriseId, before.GetValueOrDefault(firm.EnterpriseId), ResultSummary.Of(year, firm));
            if (audit.IsFull)
            {
                await audit.FlushAsync(cancellationToken);
            }
        }

        var withoutFigures = await db.Enterprises.CountAsync(
            e => e.Status == EnterpriseStatus.Active && !db.AnnualFigures.Any(f => f.EnterpriseId == e.Id && f.Year == year),
            cancellationToken);
        var run = new EvaluationRun(
            year,
            evaluation.Runs,
            firms.Count,
            firms.Count(f => f.Class is not null),
            firms.Count(f => f.Exemption is not null),
            firms.Count(f => f.LowEfficiency == true && f.Exemption is null),
            withoutFigures,
            flagsClosed);
        audit.Record(null, null, new { run, methodVersion = method.Version, stats });
        Serilog.Log.Information("Ran the {Year} efficiency evaluation: {Evaluated} firms, {Classed} classed", year, run.Evaluated, run.Classed);
        return run;
    }

    /// <summary>Every active firm with figures for the year, its parcels held that year and its profile: three set reads.</summary>
    private async Task<List<EvaluationInput>> InputsAsync(int year, CancellationToken ct)
    {
        var firms = await (
                from e in db.Enterprises.AsNoTracking()
                where e.Status == EnterpriseStatus.Active
                join f in db.AnnualFigures.AsNoTracking() on e.Id equals f.EnterpriseId
                where f.Year == year
                orderby e.Id
                select new { e.Id, e.TownshipId, f.Values })
            .ToListAsync(ct);
        var parcels = (await db.LandParcels.AsNoTracking()
                .Where(p => p.FromYear <= year && (p.ToYear == null || p.ToYear >= year))
                .ToListAsync(ct))
            .ToLookup(p => p.EnterpriseId, p => p.Span);
        var profiles = await db.EfficiencyProfiles.AsNoTracking().ToDictionaryAsync(p => p.EnterpriseId, ct);
        return firms
            .Select(f => new EvaluationInput(
                f.Id,
                f.TownshipId,
                f.Values,
                parcels[f.Id].ToList(),
                profiles.GetValueOrDefault(f.Id)?.EstablishedYear,
                profiles.GetValueOrDefault(f.Id)?.Kind))
            .ToList();
    }

    private async Task<int> CloseFlagsAsync(int evaluationId, DateTime now, CancellationToken ct)
    {
        var open = await db.EfficiencyFlags.Where(f => f.EvaluationId == evaluationId && f.Status == FlagStatus.Open).ToListAsync(ct);
        foreach (var flag in open)
        {
            var before = FlagView.Of(flag);
            flag.Close(FlagStatus.Recomputed, Messages.FlagRecomputed, user.Name, now);
            audit.Record(flag.EnterpriseId, before, FlagView.Of(flag), Messages.FlagRecomputed);
        }

        return open.Count;
    }
}
