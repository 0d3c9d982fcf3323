using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Reports;

/// <summary>A firm's tier history: every move with its reason, kind and the review year it came from.</summary>
public sealed record GetTierHistory(int EnterpriseId) : IQuery<TierHistory>, IReadsEnterprise;

public sealed record TierHistory(FirmRef Firm, string? CurrentTier, IReadOnlyList<TierHistoryRow> Moves);

public sealed record TierHistoryRow(int Year, string? From, string To, string Kind, string Reason, bool IsOverride, int? ReviewYear, string MovedBy, DateTime MovedAt);

internal sealed class GetTierHistoryHandler(IApplicationDbContext db) : IRequestHandler<GetTierHistory, TierHistory>
{
    public async Task<TierHistory> Handle(GetTierHistory query, CancellationToken cancellationToken)
    {
        var firm = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.EnterpriseId, cancellationToken)
            ?? throw EnterpriseLookup.NotFound(query.EnterpriseId);
        var moves = await db.TierMoves.AsNoTracking()
            .Where(m => m.EnterpriseId == firm.Id)
            .OrderBy(m => m.MovedAt).ThenBy(m => m.Id)
            .Select(m => new { Move = m, ReviewYear = db.AnnualReviews.Where(r => r.Id == m.ReviewId).Select(r => (int?)r.Year).FirstOrDefault() })
            .ToListAsync(cancellationToken);

        return new TierHistory(
            new FirmRef(firm.Id, firm.Name),
            firm.CurrentTier is { } tier ? Domain.Tiers.TierScale.Name(tier) : null,
            moves.Select(x =>
            {
                var view = TierMoveView.Of(x.Move);
                return new TierHistoryRow(view.Year, view.From, view.To, view.Kind, view.Reason, view.IsOverride, x.ReviewYear, view.MovedBy, view.MovedAt);
            }).ToList());
    }
}
