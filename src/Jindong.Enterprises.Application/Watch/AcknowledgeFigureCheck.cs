using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Watch;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Watch;

/// <summary>
/// Lets a flagged value of a firm's year stand with a written explanation (情况说明), as the statistics
/// bureau's direct-reporting system does: the flag is then no longer open. Only an open flag can be acknowledged.
/// </summary>
/// <param name="Check">A <see cref="FigureCheck"/> code (rise, fall, tax-above-output …).</param>
/// <param name="Measure">The measure's key (output, tax …), for a rise or fall.</param>
public sealed record AcknowledgeFigureCheck(int EnterpriseId, int Year, string Check, string Explanation, string? Measure = null) : ICommand<FigureCheckView>, IChangesEnterprise;

public sealed record FigureCheckView(int EnterpriseId, int Year, string Check, string? Measure, string Explanation, string AcknowledgedBy, DateTime AcknowledgedAt);

/// <summary>What the audit trail keeps: the check in words, not its codes.</summary>
public sealed record FigureCheckAudit(int Year, string FigureCheck, string Explanation);

internal sealed class AcknowledgeFigureCheckValidator : AbstractValidator<AcknowledgeFigureCheck>
{
    public AcknowledgeFigureCheckValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.Check).ValidCode<AcknowledgeFigureCheck, FigureCheck>(() => Messages.FieldFigureCheck);
        RuleFor(c => c.Measure)
            .Must(m => m is null || MeasureFields.TryParseKey(m, out _))
            .WithMessage((_, m) => string.Format(CultureInfo.CurrentCulture, Messages.PlanCodeUnknown, Messages.FieldMeasure, m, string.Join("、", Measures.All.Select(d => d.Measure.Key()))));
        RuleFor(c => c.Explanation).RequiredText(FigureCheckNote.ExplanationMaxLength, () => Messages.FieldExplanation);
    }
}

internal sealed class AcknowledgeFigureCheckHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<AcknowledgeFigureCheck, FigureCheckView>
{
    public async Task<FigureCheckView> Handle(AcknowledgeFigureCheck command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        Measure? measure = MeasureFields.TryParseKey(command.Measure, out var parsed) ? parsed : null;
        var flag = new FigureFlag(Codes.Parse<FigureCheck>(command.Check), measure);
        var limits = await db.WatchLimitsAsync(cancellationToken);
        var facts = await db.WatchFactsAsync(db.Enterprises.Where(e => e.Id == command.EnterpriseId).Select(e => e.Id), command.Year, cancellationToken);
        var open = facts.TryGetValue(command.EnterpriseId, out var fact) && fact.Flags(limits).Contains(flag)
            && !await db.FigureCheckNotes.AnyAsync(n => n.EnterpriseId == command.EnterpriseId && n.Year == command.Year && n.Check == flag.Check && n.MeasureKey == FigureCheckNote.KeyOf(measure), cancellationToken);
        var label = Label(flag);
        if (!open)
        {
            throw new DomainRuleException(DomainRules.FigureCheckNotOpen, command.Year, label);
        }

        var note = FigureCheckNote.Acknowledge(command.EnterpriseId, command.Year, flag, command.Explanation.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        db.FigureCheckNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(command.EnterpriseId, null, new FigureCheckAudit(command.Year, label, note.Explanation), note.Explanation);
        return new FigureCheckView(note.EnterpriseId, note.Year, command.Check, measure?.Key(), note.Explanation, note.AcknowledgedBy, note.AcknowledgedAt);
    }

    /// <summary>The check in words: 「税收高于产值」, 「工业总产值大幅增长」.</summary>
    internal static string Label(FigureFlag flag) => flag.Measure is { } m ? m.Label() + Codes.Label(flag.Check) : Codes.Label(flag.Check);
}
