using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>A firm's 亩均 record: its class year by year, its remediation cases, its parcels and the profile the exemptions read.</summary>
public sealed record GetFirmEfficiency(int EnterpriseId) : IQuery<FirmEfficiencyView>, IReadsEnterprise;

public sealed record FirmEfficiencyView(FirmName Firm, IReadOnlyList<ClassHistoryRow> History, IReadOnlyList<CaseView> Cases, IReadOnlyList<ParcelView> Parcels, ProfileView Profile);

public sealed record ClassHistoryRow(int Year, string Status, string Population, decimal? TaxPerMu, bool? LowEfficiency, string? Exemption, decimal? Score, int? Rank, int? RankedCount, string? Class, string? ClassName);

internal sealed class GetFirmEfficiencyValidator : AbstractValidator<GetFirmEfficiency>
{
    public GetFirmEfficiencyValidator() => RuleFor(q => q.EnterpriseId).GreaterThan(0);
}

internal sealed class GetFirmEfficiencyHandler(IApplicationDbContext db) : IRequestHandler<GetFirmEfficiency, FirmEfficiencyView>
{
    public async Task<FirmEfficiencyView> Handle(GetFirmEfficiency query, CancellationToken cancellationToken)
    {
        var id = query.EnterpriseId;
        var name = await db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync(cancellationToken);
        var history = await (
                from r in db.EfficiencyResults.AsNoTracking()
                where r.EnterpriseId == id
                join e in db.EfficiencyEvaluations.AsNoTracking() on r.EvaluationId equals e.Id
                orderby e.Year
                select new { Result = r, Evaluation = e })
            .ToListAsync(cancellationToken);
        var townships = await db.Townships.ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var cases = await db.RemediationCases.AsNoTracking().Where(c => c.EnterpriseId == id).OrderBy(c => c.Year).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var parcels = await db.LandParcels.AsNoTracking().Where(p => p.EnterpriseId == id).OrderBy(p => p.Number).ToListAsync(cancellationToken);
        var profile = await db.EfficiencyProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.EnterpriseId == id, cancellationToken);

        return new FirmEfficiencyView(
            new FirmName(id, name),
            history.Select(x => new ClassHistoryRow(
                    x.Evaluation.Year,
                    Codes.Of(x.Evaluation.Status),
                    Codes.Of(x.Result.Population),
                    x.Result.TaxPerMu,
                    x.Result.LowEfficiency,
                    x.Result.Exemption is { } e ? Codes.Of(e) : null,
                    x.Result.Score,
                    x.Result.Rank,
                    x.Result.RankedCount,
                    x.Result.Class,
                    x.Result.Class is { } c ? GetEfficiencyEvaluationHandler.ClassNameOf(x.Evaluation.Terms, c) : null))
                .ToList(),
            cases.Select(c => CaseView.Of(c, townships[c.TownshipId])).ToList(),
            parcels.Select(ParcelView.Of).ToList(),
            ProfileView.Of(profile));
    }
}
