using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>Lists firms, filtered and paged, in the plan's order (Appendix 4 first).</summary>
/// <param name="Text">Part of the name, or a whole credit code.</param>
public sealed record ListEnterprises(
    string? Township = null,
    string? Segment = null,
    string? Tier = null,
    string? Target = null,
    string? Status = null,
    string? Text = null,
    int Page = 1,
    int PageSize = 50,
    string? Sort = null) : IQuery<PagedResult<EnterpriseView>>
{
    public const int MaxPageSize = 10_000;

    /// <summary>The orders <see cref="Sort"/> accepts; a leading '-' reverses one. Default: the plan's order.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["listNo", "name", "township", "tier"];
}

/// <summary>One page of a longer list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

internal sealed class ListEnterprisesValidator : AbstractValidator<ListEnterprises>
{
    public ListEnterprisesValidator()
    {
        RuleFor(q => q.Tier).ValidTierName(() => Messages.FieldTier);
        RuleFor(q => q.Target).ValidTierName(() => Messages.FieldTarget);
        RuleFor(q => q.Status)
            .Must(s => s is null || EnterpriseStatuses.TryParse(s, out _))
            .WithMessage((_, s) => string.Format(CultureInfo.CurrentCulture, Messages.StatusUnknown, s));
        RuleFor(q => q.Page).GreaterThan(0)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PageOutOfRange, ListEnterprises.MaxPageSize));
        RuleFor(q => q.Sort)
            .Must(s => s is null || ListEnterprises.SortKeys.Contains(s.TrimStart('-'), StringComparer.OrdinalIgnoreCase))
            .WithMessage((_, s) => string.Format(CultureInfo.CurrentCulture, Messages.SortUnknown, s, string.Join(", ", ListEnterprises.SortKeys)));
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListEnterprises.MaxPageSize)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PageOutOfRange, ListEnterprises.MaxPageSize));
    }
}

internal sealed class ListEnterprisesHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<ListEnterprises, PagedResult<EnterpriseView>>
{
    public async Task<PagedResult<EnterpriseView>> Handle(ListEnterprises query, CancellationToken cancellationToken)
    {
        var rows =
            from e in db.Enterprises.AsNoTracking()
            join t in db.Townships on e.TownshipId equals t.Id
            join s in db.Segments on e.SegmentId equals s.Id into segments
            from s in segments.DefaultIfEmpty()
            select new { Enterprise = e, Township = t, SegmentName = s == null ? null : s.Name };

        if (user.Role == UserRole.Township)
        {
            rows = rows.Where(r => r.Enterprise.TownshipId == user.TownshipId);
        }

        if (!string.IsNullOrWhiteSpace(query.Township))
        {
            var township = query.Township.Trim();
            rows = rows.Where(r => r.Township.Name == township || r.Township.ShortName == township);
        }

        if (!string.IsNullOrWhiteSpace(query.Segment))
        {
            var segment = query.Segment.Trim();
            rows = rows.Where(r => r.SegmentName == segment);
        }

        if (query.Tier is not null)
        {
            Tier? tier = TierScale.Parse(query.Tier);
            rows = rows.Where(r => r.Enterprise.CurrentTier == tier);
        }

        if (query.Target is not null)
        {
            Tier? target = TierScale.Parse(query.Target);
            rows = rows.Where(r => r.Enterprise.Target == target);
        }

        if (query.Status is not null && EnterpriseStatuses.TryParse(query.Status, out var status))
        {
            rows = rows.Where(r => r.Enterprise.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            rows = rows.Where(r => r.Enterprise.Name.Contains(text) || r.Enterprise.CreditCode == text.ToUpperInvariant());
        }

        var total = await rows.CountAsync(cancellationToken);
        var descending = query.Sort?.StartsWith('-') == true;
        var ordered = query.Sort?.TrimStart('-').ToUpperInvariant() switch
        {
            "NAME" => descending ? rows.OrderByDescending(r => r.Enterprise.Name) : rows.OrderBy(r => r.Enterprise.Name),
            "TOWNSHIP" => descending ? rows.OrderByDescending(r => r.Township.No) : rows.OrderBy(r => r.Township.No),
            // Tiers are stored by name, so their order is spelled out for SQL.
            "TIER" => descending
                ? rows.OrderByDescending(r => r.Enterprise.CurrentTier == null ? -1 : r.Enterprise.CurrentTier == Tier.BelowScale ? 0 : r.Enterprise.CurrentTier == Tier.AboveScale ? 1 : r.Enterprise.CurrentTier == Tier.Over100Million ? 2 : r.Enterprise.CurrentTier == Tier.Over500Million ? 3 : r.Enterprise.CurrentTier == Tier.Over1Billion ? 4 : r.Enterprise.CurrentTier == Tier.Over2Billion ? 5 : 6)
                : rows.OrderBy(r => r.Enterprise.CurrentTier == null ? -1 : r.Enterprise.CurrentTier == Tier.BelowScale ? 0 : r.Enterprise.CurrentTier == Tier.AboveScale ? 1 : r.Enterprise.CurrentTier == Tier.Over100Million ? 2 : r.Enterprise.CurrentTier == Tier.Over500Million ? 3 : r.Enterprise.CurrentTier == Tier.Over1Billion ? 4 : r.Enterprise.CurrentTier == Tier.Over2Billion ? 5 : 6),
            _ => descending
                ? rows.OrderBy(r => r.Enterprise.ListNo == null).ThenByDescending(r => r.Enterprise.ListNo)
                : rows.OrderBy(r => r.Enterprise.ListNo == null).ThenBy(r => r.Enterprise.ListNo),
        };
        var page = await ordered
            .ThenBy(r => r.Enterprise.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ToListAsync(cancellationToken);

        return new PagedResult<EnterpriseView>(
            page.Select(r => EnterpriseView.Of(r.Enterprise, r.Township.Name, r.SegmentName)).ToList(),
            total,
            query.Page,
            query.PageSize);
    }
}
