using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Freezes the year's classes once the 公示 is over and every objection is decided. Every firm under
/// the low-efficiency line (not exempt) gets a remediation case unless it already has an open one;
/// an open case of an earlier year whose firm this year is evaluated above the line is cleared.
/// </summary>
[Requires(Permission.Administer)]
public sealed record FinalizeEfficiencyEvaluation(int Year) : ICommand<EvaluationFinalized>;

public sealed record EvaluationFinalized(int Year, int CasesOpened, int CasesCleared);

internal sealed class FinalizeEfficiencyEvaluationValidator : AbstractValidator<FinalizeEfficiencyEvaluation>
{
    public FinalizeEfficiencyEvaluationValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class FinalizeEfficiencyEvaluationHandler(IApplicationDbContext db, IEfficiencyStore store, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<FinalizeEfficiencyEvaluation, EvaluationFinalized>
{
    public async Task<EvaluationFinalized> Handle(FinalizeEfficiencyEvaluation command, CancellationToken cancellationToken)
    {
        var year = command.Year;
        var now = clock.GetUtcNow().UtcDateTime;
        var evaluation = await db.EvaluationOfAsync(year, cancellationToken);
        var pending = await db.EfficiencyObjections.CountAsync(o => o.EvaluationId == evaluation.Id && o.Decision == ObjectionDecision.Pending, cancellationToken);
        evaluation.Finalize(ChinaTime.Today(clock), pending, user.Name, now);
        await db.SaveChangesAsync(cancellationToken);

        var results = await db.EfficiencyResults.AsNoTracking()
            .Where(r => r.EvaluationId == evaluation.Id && r.Exemption == null && r.LowEfficiency != null)
            .Select(r => new { r.EnterpriseId, r.TownshipId, TaxPerMu = r.TaxPerMu!.Value, Low = r.LowEfficiency!.Value })
            .ToListAsync(cancellationToken);
        var open = await db.RemediationCases
            .Where(c => c.Status == RemediationStatus.Open || c.Status == RemediationStatus.InProgress)
            .ToListAsync(cancellationToken);
        var openFirms = open.Select(c => c.EnterpriseId).ToHashSet();
        var townships = await db.Townships.ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var opened = results
            .Where(r => r.Low && !openFirms.Contains(r.EnterpriseId))
            .Select(r => RemediationCase.Open(r.EnterpriseId, year, r.TownshipId, r.TaxPerMu, user.Name, now))
            .ToList();
        await store.AddCasesAsync(opened, cancellationToken);
        foreach (var opening in opened)
        {
            audit.Record(opening.EnterpriseId, null, CaseView.Of(opening, townships[opening.TownshipId]), Messages.CaseOpened);
            if (audit.IsFull)
            {
                await audit.FlushAsync(cancellationToken);
            }
        }

        var above = results.Where(r => !r.Low).ToDictionary(r => r.EnterpriseId, r => r.TaxPerMu);
        var cleared = open.Where(c => c.Year < year && above.ContainsKey(c.EnterpriseId)).ToList();
        foreach (var clearing in cleared)
        {
            var before = CaseView.Of(clearing, townships[clearing.TownshipId]);
            clearing.Clear(year, above[clearing.EnterpriseId], user.Name, now);
            audit.Record(clearing.EnterpriseId, before, CaseView.Of(clearing, townships[clearing.TownshipId]), Messages.CaseCleared);
        }

        await db.SaveChangesAsync(cancellationToken);
        var finalized = new EvaluationFinalized(year, opened.Count, cleared.Count);
        audit.Record(null, new { year, evaluationStatus = Codes.Of(EvaluationStatus.Published) }, new { finalized, evaluationStatus = Codes.Of(evaluation.Status) });
        Serilog.Log.Information("Finalized the {Year} efficiency evaluation: {Opened} cases opened, {Cleared} cleared", year, opened.Count, cleared.Count);
        return finalized;
    }
}
