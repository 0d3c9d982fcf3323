using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>Adds a plan period (规划期), e.g. the 十五五 2026–2030 with base year 2025; its targets are set next.</summary>
/// <param name="Kind">five-year (the default; at most one covers a year) or action.</param>
[Requires(Permission.Administer)]
public sealed record AddPlan(string Code, string Title, int BaseYear, int FirstYear, int LastYear, string? Source = null, string Kind = "five-year") : ICommand<PlanSummary>;

internal sealed class AddPlanValidator : AbstractValidator<AddPlan>
{
    public AddPlanValidator()
    {
        RuleFor(c => c.Code!).RequiredText(PlanPeriod.CodeMaxLength, () => Messages.FieldPlanCode);
        RuleFor(c => c.Title!).RequiredText(PlanPeriod.TitleMaxLength, () => Messages.FieldPlanTitle);
        RuleFor(c => c.Source).ValidText(PlanPeriod.SourceMaxLength, () => Messages.FieldPlanSource);
        RuleFor(c => c.Kind).ValidCode<AddPlan, PlanKind>(() => Messages.FieldPlanKind);
        RuleFor(c => c.BaseYear).ValidYear();
        RuleFor(c => c.FirstYear).ValidYear()
            .GreaterThan(c => c.BaseYear).WithMessage(c => string.Format(CultureInfo.CurrentCulture, Messages.PlanFirstYearAfterBase, c.FirstYear, c.BaseYear));
        RuleFor(c => c.LastYear).ValidYear()
            .GreaterThanOrEqualTo(c => c.FirstYear).WithMessage(c => string.Format(CultureInfo.CurrentCulture, Messages.PlanLastYearBeforeFirst, c.LastYear, c.FirstYear));
    }
}

internal sealed class AddPlanHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<AddPlan, PlanSummary>
{
    public async Task<PlanSummary> Handle(AddPlan command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim();
        if (await db.Plans.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new InputValidationException(nameof(command.Code), string.Format(CultureInfo.CurrentCulture, Messages.PlanCodeTaken, code));
        }

        var kind = Codes.TryParse<PlanKind>(command.Kind, out var parsed) ? parsed : throw new InvalidOperationException("Validated kind.");
        if (kind == PlanKind.FiveYear)
        {
            var overlapping = await db.Plans
                .Where(p => p.Kind == PlanKind.FiveYear && p.FirstYear <= command.LastYear && command.FirstYear <= p.LastYear)
                .Select(p => new { p.Code, p.FirstYear, p.LastYear })
                .FirstOrDefaultAsync(cancellationToken);
            if (overlapping is not null)
            {
                throw new InputValidationException(nameof(command.FirstYear), string.Format(
                    CultureInfo.CurrentCulture, Messages.PlanOverlaps, overlapping.Code, overlapping.FirstYear, overlapping.LastYear));
            }
        }

        var plan = PlanPeriod.Create(code, command.Title.Trim(), kind, command.Source?.Trim() ?? string.Empty, command.BaseYear, command.FirstYear, command.LastYear, clock.GetUtcNow().UtcDateTime);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);

        var view = PlanSummary.Of(plan);
        audit.Record(null, null, view);
        Serilog.Log.Information("Added plan {Plan} {FirstYear}-{LastYear}", plan.Code, plan.FirstYear, plan.LastYear);
        return view;
    }
}
