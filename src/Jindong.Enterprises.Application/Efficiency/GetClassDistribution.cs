using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>The class distribution year by year, up to <see cref="Year"/>: how many of the shown firms of each population held each class.</summary>
public sealed record GetClassDistribution(int Year) : IQuery<IReadOnlyList<DistributionRow>>;

/// <param name="Share">Of the population's classed firms that year (0.2 = 20 %).</param>
public sealed record DistributionRow(int Year, string Status, string Population, string Class, string ClassName, int Count, double Share);

internal sealed class GetClassDistributionValidator : AbstractValidator<GetClassDistribution>
{
    public GetClassDistributionValidator() => RuleFor(q => q.Year).ValidYear();
}

internal sealed class GetClassDistributionHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetClassDistribution, IReadOnlyList<DistributionRow>>
{
    public async Task<IReadOnlyList<DistributionRow>> Handle(GetClassDistribution query, CancellationToken cancellationToken)
    {
        var evaluations = await db.EfficiencyEvaluations.AsNoTracking().Where(e => e.Year <= query.Year).OrderBy(e => e.Year).ToListAsync(cancellationToken);
        var ids = evaluations.Select(e => e.Id).ToList();
        var counts = await (
                from r in db.EfficiencyResults
                where ids.Contains(r.EvaluationId) && r.Class != null
                join e in db.Enterprises.Visible(user) on r.EnterpriseId equals e.Id
                group r by new { r.EvaluationId, r.Population, r.Class } into g
                select new { g.Key.EvaluationId, g.Key.Population, Class = g.Key.Class!, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return evaluations
            .SelectMany(evaluation =>
            {
                var mine = counts.Where(c => c.EvaluationId == evaluation.Id).ToList();
                return mine
                    .OrderBy(c => c.Population)
                    .ThenBy(c => evaluation.Terms.ClassIndex(c.Class))
                    .Select(c => new DistributionRow(
                        evaluation.Year,
                        Codes.Of(evaluation.Status),
                        Codes.Of(c.Population),
                        c.Class,
                        GetEfficiencyEvaluationHandler.ClassNameOf(evaluation.Terms, c.Class),
                        c.Count,
                        (double)c.Count / mine.Where(m => m.Population == c.Population).Sum(m => m.Count)));
            })
            .ToList();
    }
}
