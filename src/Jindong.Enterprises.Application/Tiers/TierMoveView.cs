using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Domain.Tiers;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Tiers;

/// <summary>One tier move as shown to users; tiers by their printed names.</summary>
public sealed record TierMoveView(int Year, string? From, string To, string Kind, string Reason, bool IsOverride, int? ReviewId, string MovedBy, DateTime MovedAt)
{
    public static TierMoveView Of(TierMove m) =>
        new(m.Year, m.From?.Name(), m.To.Name(), Codes.Of(m.Kind), m.Reason, m.IsOverride, m.ReviewId, m.MovedBy, m.MovedAt);
}

internal static class TierQueries
{
    public static async Task<IReadOnlyList<TierMoveView>> TierHistoryOfAsync(this IApplicationDbContext db, int enterpriseId, CancellationToken ct) =>
        (await db.TierMoves.AsNoTracking().Where(m => m.EnterpriseId == enterpriseId).OrderBy(m => m.Id).ToListAsync(ct))
        .Select(TierMoveView.Of)
        .ToList();
}
