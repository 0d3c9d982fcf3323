using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>The 亩均 method of a year (not found when the year has none; <see cref="MethodView.Years"/> lists those that do).</summary>
public sealed record GetEfficiencyMethod(int Year) : IQuery<MethodView>;

internal sealed class GetEfficiencyMethodValidator : AbstractValidator<GetEfficiencyMethod>
{
    public GetEfficiencyMethodValidator() => RuleFor(q => q.Year).ValidYear();
}

internal sealed class GetEfficiencyMethodHandler(IApplicationDbContext db) : IRequestHandler<GetEfficiencyMethod, MethodView>
{
    public Task<MethodView> Handle(GetEfficiencyMethod query, CancellationToken cancellationToken) => db.MethodViewAsync(query.Year, cancellationToken);
}

internal static class MethodViews
{
    public static async Task<MethodView> MethodViewAsync(this IApplicationDbContext db, int year, CancellationToken ct)
    {
        var method = await db.MethodOfAsync(year, ct);
        var status = await db.EfficiencyEvaluations.Where(e => e.Year == year).Select(e => (Domain.Efficiency.EvaluationStatus?)e.Status).SingleOrDefaultAsync(ct);
        var years = await db.EfficiencyMethods.OrderBy(m => m.Year).Select(m => m.Year).ToListAsync(ct);
        return new MethodView(method.Year, method.Version, method.UpdatedBy, method.UpdatedAt, method.Terms, status is { } s ? Codes.Of(s) : null, years);
    }
}
