using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// Enters the official figure of a target's year (统计公报, 省考核结果 …) for a value the registry
/// cannot compute, with its source: a number in the target's unit, or for a phrase target the
/// finding in words and whether it was reached. Allowed on a closed plan (the evaluation is written then).
/// </summary>
[Requires(Permission.Administer)]
public sealed record RecordOfficialFigure(string Plan, int TargetId, string Value, string Source, bool? Reached = null) : ICommand<PlanTargetView>;

internal sealed class RecordOfficialFigureValidator : AbstractValidator<RecordOfficialFigure>
{
    public RecordOfficialFigureValidator()
    {
        RuleFor(c => c.Plan!).RequiredText(PlanPeriod.CodeMaxLength, () => Messages.FieldPlan);
        RuleFor(c => c.Value!).RequiredText(PlanTarget.TextMaxLength, () => Messages.FieldOfficialValue);
        RuleFor(c => c.Source!).RequiredText(PlanTarget.SourceMaxLength, () => Messages.FieldOfficialSource);
    }
}

internal sealed class RecordOfficialFigureHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<RecordOfficialFigure, PlanTargetView>
{
    public async Task<PlanTargetView> Handle(RecordOfficialFigure command, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(command.Plan, nameof(command.Plan), cancellationToken);
        var target = await db.PlanTargets.SingleOrDefaultAsync(t => t.Id == command.TargetId && t.PlanId == plan.Id, cancellationToken)
            ?? throw new InputValidationException(nameof(command.TargetId), string.Format(CultureInfo.CurrentCulture, Messages.PlanTargetUnknown, command.TargetId, plan.Code));
        var (value, comparison) = PrintedValue.Read(command.Value);
        if (value is null && target.Comparison != TargetComparison.Phrase)
        {
            throw new InputValidationException(nameof(command.Value), string.Format(CultureInfo.CurrentCulture, Messages.PlanOfficialNotANumber, command.Value, target.Unit));
        }

        var township = target.TownshipId is { } id ? await db.Townships.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(cancellationToken) : null;
        var before = PlanTargetView.Of(plan, target, township);
        target.RecordOfficial(
            comparison == TargetComparison.Phrase ? null : value,
            comparison == TargetComparison.Phrase ? command.Value.Trim() : null,
            target.Comparison == TargetComparison.Phrase ? command.Reached : null,
            command.Source.Trim(),
            clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);

        var after = PlanTargetView.Of(plan, target, township);
        audit.Record(null, before, after, command.Source.Trim());
        return after;
    }
}
