using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Domain.Watch;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Watch;

/// <summary>
/// 预警清单 of a year for the firms on the list (a township officer's own; a township for the bureau):
/// 小升规 candidates, firms at risk of falling or off their target's path, and the open data-quality
/// flags of the year's figures, by the thresholds stored in <see cref="WatchThresholds"/>.
/// </summary>
public sealed record GetWatchList(int Year, string? Township = null) : IQuery<WatchList>;

/// <param name="Plan">The covering plan, whose last year the target paths run to; null when none covers the year.</param>
/// <param name="Acknowledged">Flags of the year let stand with an explanation (no longer open).</param>
public sealed record WatchList(int Year, string? Plan, int? PlanLastYear, WatchLimits Limits, IReadOnlyList<WatchFirm> Candidates, IReadOnlyList<WatchFirm> AtRisk, IReadOnlyList<FlaggedFigures> Flags, int Acknowledged);

/// <param name="Tier">The tier recorded for the year; null when none is.</param>
/// <param name="Reason">A <see cref="WatchReason"/> code.</param>
/// <param name="NeededGrowth">For off-path: the yearly growth needed to reach the target by the plan's last year.</param>
public sealed record WatchFirm(int EnterpriseId, string Name, string Township, string? Tier, string? Target, decimal Output, decimal? Previous, string Reason, decimal? NeededGrowth = null);

/// <param name="Check">A <see cref="FigureCheck"/> code.</param>
/// <param name="Measure">The measure's key for a rise or fall.</param>
public sealed record FlaggedFigures(int EnterpriseId, string Name, string Township, string Check, string? Measure, decimal? Value, decimal? Previous);

internal sealed class GetWatchListValidator : AbstractValidator<GetWatchList>
{
    public GetWatchListValidator() => RuleFor(c => c.Year).ValidYear();
}

internal sealed class GetWatchListHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetWatchList, WatchList>
{
    public async Task<WatchList> Handle(GetWatchList query, CancellationToken cancellationToken)
    {
        var firms = db.Enterprises.AsNoTracking().Visible(user).Where(e => e.Status == EnterpriseStatus.Active);
        if (!string.IsNullOrWhiteSpace(query.Township))
        {
            var townshipId = await db.RequireTownshipIdAsync(query.Township, nameof(query.Township), cancellationToken);
            firms = firms.Where(e => e.TownshipId == townshipId);
        }

        var limits = await db.WatchLimitsAsync(cancellationToken);
        var facts = await db.WatchFactsAsync(firms.Select(e => e.Id), query.Year, cancellationToken);
        var named = await (
                from e in firms
                join t in db.Townships on e.TownshipId equals t.Id
                orderby t.No, e.ListNo == null, e.ListNo, e.Id
                select new { e.Id, e.Name, Township = t.Name, e.Target })
            .ToListAsync(cancellationToken);
        var notes = await db.FigureCheckNotes.AsNoTracking().Where(n => n.Year == query.Year && firms.Select(e => e.Id).Contains(n.EnterpriseId)).ToListAsync(cancellationToken);
        var plan = await db.CoveringPlanAsync(query.Year, cancellationToken);

        var candidates = new List<WatchFirm>();
        var atRisk = new List<WatchFirm>();
        var flags = new List<FlaggedFigures>();
        var acknowledged = 0;
        foreach (var firm in named)
        {
            if (!facts.TryGetValue(firm.Id, out var fact) || fact.Values is null)
            {
                continue;
            }

            var output = fact.Values.OutputWan;
            var previous = fact.Previous?.OutputWan;
            WatchFirm Entry(WatchReason reason, decimal? needed = null) =>
                new(firm.Id, firm.Name, firm.Township, fact.Recorded?.Name(), firm.Target?.Name(), output, previous, Codes.Of(reason), needed);

            if (fact.Recorded is null or Tier.BelowScale && WatchRules.Candidate(output, previous, limits) is { } candidate)
            {
                candidates.Add(Entry(candidate));
            }

            if (fact.Recorded is { } recorded && WatchRules.Falling(recorded, output, previous, limits) is { } falling)
            {
                atRisk.Add(Entry(falling));
            }
            else if (firm.Target is { } target && plan is not null && WatchRules.OffPath(target, output, plan.LastYear - query.Year, limits) is { } needed)
            {
                atRisk.Add(Entry(WatchReason.OffTargetPath, needed));
            }

            foreach (var flag in fact.Flags(limits))
            {
                if (notes.Any(n => n.EnterpriseId == firm.Id && n.Covers(flag)))
                {
                    acknowledged++;
                    continue;
                }

                flags.Add(new FlaggedFigures(
                    firm.Id, firm.Name, firm.Township, Codes.Of(flag.Check), flag.Measure?.Key(),
                    flag.Measure is { } m ? fact.Values[m] : null, flag.Measure is { } p ? fact.Previous?[p] : null));
            }
        }

        return new WatchList(query.Year, plan?.Code, plan?.LastYear, limits, candidates, atRisk, flags, acknowledged);
    }
}
