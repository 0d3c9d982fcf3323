using System.Globalization;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// Sets one target from what a user said (<see cref="ITargetFields"/>): adds it, or changes the
/// target of the same name, township and year. The one path of the command, the web form and every
/// row of a targets file; each change is audited.
/// </summary>
internal sealed class PlanTargetWriter(IApplicationDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The township a breakdown names; refused on <paramref name="field"/> when there is none of that name.</summary>
    public async Task<int?> TownshipAsync(string? township, string field, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(township) ? null : await db.RequireTownshipIdAsync(township.Trim(), field, ct);

    /// <summary>Refuses a milestone year outside the plan's period, on <paramref name="field"/>.</summary>
    public static void EnsureYearInPlan(PlanPeriod plan, int? year, string field)
    {
        if (year is { } y && !plan.Covers(y))
        {
            throw new InputValidationException(field, string.Format(CultureInfo.CurrentCulture, Messages.RuleTargetYearOutsidePlan, y, plan.Code, plan.FirstYear, plan.LastYear));
        }
    }

    public async Task<(PlanTargetView View, TargetChange Change)> SetAsync(PlanPeriod plan, ITargetFields fields, int? townshipId, string? reason, CancellationToken ct)
    {
        plan.EnsureOpen();
        var now = clock.GetUtcNow().UtcDateTime;
        var (kind, subject, name, unit) = What(fields);
        var scope = PlanTarget.ScopeOf(townshipId, fields.Year);
        var existing = await db.PlanTargets.SingleOrDefaultAsync(t => t.PlanId == plan.Id && t.Name == name && t.Scope == scope, ct);
        var township = townshipId is null ? null : await db.Townships.Where(t => t.Id == townshipId).Select(t => t.Name).SingleAsync(ct);
        var before = existing is null ? null : PlanTargetView.Of(plan, existing, township);

        var (target, comparison) = PrintedValue.Read(fields.Target);
        var baseGiven = !string.IsNullOrWhiteSpace(fields.Base);
        var spec = new TargetSpec(
            fields.Category?.Trim() is { Length: > 0 } category ? category : existing?.Category ?? string.Empty,
            name,
            kind,
            subject,
            unit ?? existing?.Unit ?? string.Empty,
            baseGiven ? PrintedValue.Read(fields.Base).Value : existing?.BaseValue,
            baseGiven ? fields.Base!.Trim() : existing?.BaseText,
            target,
            fields.Target.Trim(),
            comparison,
            existing?.GrowthText,
            TargetNatures.TryParse(fields.Nature, out var nature) ? nature : existing?.Nature,
            fields.Source?.Trim() is { Length: > 0 } source ? source : existing?.Source ?? plan.Source);

        PlanTarget saved;
        var change = TargetChange.Changed;
        if (existing is null)
        {
            change = TargetChange.Added;
            var order = await db.PlanTargets.Where(t => t.PlanId == plan.Id).MaxAsync(t => (int?)t.SortOrder, ct) ?? 0;
            saved = PlanTarget.Create(plan, order + 1, spec, townshipId, fields.Year, now);
            db.PlanTargets.Add(saved);
        }
        else if (existing.Change(plan, spec, now))
        {
            saved = existing;
        }
        else
        {
            return (before!, TargetChange.Unchanged);
        }

        db.Plans.Attach(plan);
        plan.Touch(now);
        await db.SaveChangesAsync(ct);
        var after = PlanTargetView.Of(plan, saved, township);
        audit.Record(null, before, after, reason);
        return (after, change);
    }

    private static (TargetKind Kind, string? Subject, string Name, string? Unit) What(ITargetFields fields)
    {
        var name = fields.Name?.Trim() is { Length: > 0 } given ? given : null;
        if (!string.IsNullOrWhiteSpace(fields.Tier))
        {
            var tier = TierScale.Parse(fields.Tier);
            return (TargetKind.Tier, tier.Name(), name ?? TierTargetNames.Of(tier), "家");
        }

        var unit = fields.Unit?.Trim() is { Length: > 0 } u ? u : null;
        if (!string.IsNullOrWhiteSpace(fields.Indicator))
        {
            var indicator = DistrictIndicators.Named(fields.Indicator);
            return (TargetKind.Indicator, indicator?.Code, name ?? indicator?.ChineseLabel ?? fields.Indicator.Trim(), indicator?.Unit ?? unit);
        }

        var count = fields.Count!.Trim();
        return (TargetKind.Count, count, name ?? count, unit ?? "家");
    }
}

/// <summary>What setting a target did.</summary>
internal enum TargetChange
{
    Added,
    Changed,
    Unchanged,
}
