using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// 资质认定进展: for each designation, the firms holding it at the end of the year (valid that year),
/// for the district and each township, with the year's changes (new grants, validities that ran out,
/// revocations, delistings); beside each, the covering plan's count target it adds to with the firms
/// counted toward it; and the grants that run out in the twelve months after the year's end.
/// </summary>
/// <param name="AsOf">Reprint as the registry stood at the end of that day (grants and ends recorded by then).</param>
public sealed record GetDesignationReport(int Year, DateOnly? AsOf = null) : IQuery<DesignationReport>;

/// <param name="Day">The day holdings are read at: the year's last day.</param>
/// <param name="Plan">The covering plan's code; null when no plan covers the year.</param>
public sealed record DesignationReport(int Year, DateOnly Day, string? Plan, IReadOnlyList<DesignationCountRow> Rows, IReadOnlyList<ExpiringGrant> Expiring);

/// <param name="Township">The township; null for the district's row.</param>
/// <param name="Expired">Grants whose validity ran out during the year (the day after their last valid day fell in it) or that were ended as expired.</param>
/// <param name="Counts">The plan count subject this designation adds to; <paramref name="Counted"/> is the firms counted toward it (of every kind that adds to it), beside its target.</param>
public sealed record DesignationCountRow(
    string? Township,
    string Kind,
    string Designation,
    string? Level,
    int Held,
    int New,
    int Expired,
    int Revoked,
    int Delisted,
    string? Counts = null,
    int? Counted = null,
    decimal? Base = null,
    decimal? Target = null,
    string? TargetText = null,
    bool? Reached = null,
    string? TargetSource = null);

/// <summary>A grant held at the year's end that runs out in the next twelve months (e.g. a 高企 certificate due for renewal).</summary>
public sealed record ExpiringGrant(string Township, int EnterpriseId, string Firm, string Designation, int Year, DateOnly ValidTo, string? Number);

internal sealed class GetDesignationReportValidator : AbstractValidator<GetDesignationReport>
{
    public GetDesignationReportValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetDesignationReportHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetDesignationReport, DesignationReport>
{
    public async Task<DesignationReport> Handle(GetDesignationReport query, CancellationToken cancellationToken)
    {
        // Designations are announced late in a year and after it: a year's review sign-off does not freeze them, only a named day does.
        var basis = await db.BasisAsync(clock, query.Year, query.AsOf, cancellationToken, followSignOff: false);
        var day = basis.YearEnd;
        var (first, last) = (new DateOnly(query.Year, 1, 1), day);
        var kinds = await db.KindsAsync(cancellationToken);
        var townships = await db.Townships.AsNoTracking().Where(t => user.ScopedTownship() == null || t.Id == user.ScopedTownship()).OrderBy(t => t.No).ToListAsync(cancellationToken);
        var held = await db.HeldAsync(user, basis, day, cancellationToken);

        var standings = db.Standings(user, basis).Where(s => s.Status == EnterpriseStatus.Active);
        var recordedBy = basis.RecordedBy;
        var grants = db.Designations.Where(d => recordedBy == null || d.RecordedAt <= recordedBy);
        var changes = await (
                from d in grants
                join s in standings on d.EnterpriseId equals s.EnterpriseId
                where d.Year == query.Year
                    || (d.ValidUntil >= first.AddDays(-1) && d.ValidUntil < last && (d.EndedOn == null || d.EndedOn > d.ValidUntil))
                    || (d.EndedOn >= first && d.EndedOn <= last && (recordedBy == null || d.EndRecordedAt <= recordedBy))
                select new { d.KindId, s.TownshipId, d.Year, d.ValidUntil, d.EndedOn, d.End, d.EndRecordedAt })
            .ToListAsync(cancellationToken);

        var plan = await db.CoveringPlanAsync(query.Year, cancellationToken);
        var targets = plan is null ? [] : await db.PlanTargets.AsNoTracking()
            .Where(t => t.PlanId == plan.Id && t.Kind == TargetKind.Count && (t.Year == null || t.Year == query.Year))
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);

        var rows = new List<DesignationCountRow>();
        foreach (var kind in kinds)
        {
            foreach (var township in new int?[] { null }.Concat(townships.Select(t => (int?)t.Id)))
            {
                bool Here(int townshipId) => township is null || townshipId == township;
                var kindChanges = changes.Where(c => c.KindId == kind.Id && Here(c.TownshipId)).ToList();
                var ended = kindChanges.Where(c => c.EndedOn >= first && c.EndedOn <= last).ToList();
                var row = new DesignationCountRow(
                    township is null ? null : townships.Single(t => t.Id == township).Name,
                    kind.Code, kind.Name, kind.Level is { } l ? Codes.Of(l) : null,
                    held.Where(h => h.KindId == kind.Id && Here(h.TownshipId)).Select(h => h.EnterpriseId).Distinct().Count(),
                    kindChanges.Count(c => c.Year == query.Year),
                    kindChanges.Count(c => c.ValidUntil >= first.AddDays(-1) && c.ValidUntil < last && (c.EndedOn == null || c.EndedOn > c.ValidUntil))
                        + ended.Count(c => c.End == DesignationEnd.Expired),
                    ended.Count(c => c.End == DesignationEnd.Revoked),
                    ended.Count(c => c.End == DesignationEnd.Delisted));
                // A township with nothing of this kind adds a row of zeros: only the district's row is always shown.
                if (township is null || row.Held + row.New + row.Expired + row.Revoked + row.Delisted > 0)
                {
                    rows.Add(WithTarget(row, kind, held, kinds, targets, township, user.ScopedTownship() is not null));
                }
            }
        }

        return new DesignationReport(query.Year, day, plan?.Code, rows, await ExpiringAsync(held, kinds, day, cancellationToken));
    }

    /// <summary>The plan target the kind adds to (the first of its subjects the plan counts), for the district or a township's share.</summary>
    private static DesignationCountRow WithTarget(
        DesignationCountRow row, DesignationKind kind, IReadOnlyList<HeldGrant> held, IReadOnlyList<DesignationKind> kinds, IReadOnlyList<PlanTarget> targets, int? township, bool scoped)
    {
        var target = kind.CountList
            .Select(subject => targets.FirstOrDefault(t => t.Subject == subject && t.TownshipId == township && (township is not null || !scoped)))
            .FirstOrDefault(t => t is not null);
        if (target is null)
        {
            return row;
        }

        var counted = held.FirmsCountedFor(kinds, target.Subject!, township).Count;
        return row with
        {
            Counts = target.Subject,
            Counted = counted,
            Base = target.BaseValue,
            Target = target.TargetValue,
            TargetText = target.TargetText,
            Reached = TargetJudgement.Reached(target.Comparison, target.TargetValue, counted),
            TargetSource = target.Source,
        };
    }

    private async Task<IReadOnlyList<ExpiringGrant>> ExpiringAsync(IReadOnlyList<HeldGrant> held, IReadOnlyList<DesignationKind> kinds, DateOnly day, CancellationToken ct)
    {
        var ids = held.Select(h => h.DesignationId).ToList();
        var until = day.AddMonths(12);
        var rows = await (
                from d in db.Designations.AsNoTracking()
                where ids.Contains(d.Id) && d.ValidUntil != null && d.ValidUntil >= day && d.ValidUntil <= until
                join e in db.Enterprises on d.EnterpriseId equals e.Id
                select new { d.Id, d.EnterpriseId, e.Name, d.KindId, d.Year, ValidTo = d.ValidUntil!.Value, d.Number })
            .ToListAsync(ct);
        var townshipOf = held.ToDictionary(h => h.DesignationId, h => h.TownshipId);
        var names = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => (t.Name, t.No), ct);
        var kindById = kinds.ToDictionary(k => k.Id);
        return rows
            .Select(r => (No: names[townshipOf[r.Id]].No, Row: new ExpiringGrant(names[townshipOf[r.Id]].Name, r.EnterpriseId, r.Name, kindById[r.KindId].Name, r.Year, r.ValidTo, r.Number)))
            .OrderBy(r => r.No).ThenBy(r => r.Row.ValidTo).ThenBy(r => r.Row.EnterpriseId)
            .Select(r => r.Row)
            .ToList();
    }
}
