using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Enterprises;

/// <summary>One firm whole: profile, figures by year with earlier versions, tier history, audit entries.</summary>
public sealed record GetEnterprise(int EnterpriseId) : IQuery<EnterpriseDetails>, IReadsEnterprise;

public sealed record EnterpriseDetails : EnterpriseView
{
    public EnterpriseDetails(EnterpriseView firm) : base(firm)
    {
    }

    public string? Industry { get; init; }

    public string? IndustryCategory { get; init; }

    public string? SegmentNote { get; init; }

    public string? Platform { get; init; }

    public IReadOnlyList<FiguresView> Figures { get; init; } = [];

    public IReadOnlyList<TierMoveView> TierHistory { get; init; } = [];

    public IReadOnlyList<ProjectView> Projects { get; init; } = [];

    public IReadOnlyList<AuditView> Audit { get; init; } = [];
}

/// <summary>An Appendix 3 investment project of the firm.</summary>
public sealed record ProjectView(int No, string Project, decimal TotalInvestmentYi, string ExpectedCompletion);

internal sealed class GetEnterpriseHandler(IApplicationDbContext db) : IRequestHandler<GetEnterprise, EnterpriseDetails>
{
    public async Task<EnterpriseDetails> Handle(GetEnterprise query, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.EnterpriseId, cancellationToken);
        if (enterprise is null)
        {
            throw EnterpriseLookup.NotFound(query.EnterpriseId);
        }

        var segment = await (
            from s in db.Segments
            join i in db.Industries on s.IndustryId equals i.Id
            join c in db.IndustryCategories on i.CategoryId equals c.Id
            where s.Id == enterprise.SegmentId
            select new { Industry = i.Name, Category = c.Name }).SingleOrDefaultAsync(cancellationToken);
        var platform = await db.Platforms.Where(p => p.Id == enterprise.PlatformId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
        var projects = await db.InvestmentProjects.AsNoTracking()
            .Where(p => p.EnterpriseId == enterprise.Id)
            .OrderBy(p => p.No)
            .Select(p => new ProjectView(p.No, p.Project, p.TotalInvestmentYi, p.ExpectedCompletion))
            .ToListAsync(cancellationToken);

        return new EnterpriseDetails(await db.ViewAsync(enterprise, cancellationToken))
        {
            Industry = segment?.Industry,
            IndustryCategory = segment?.Category,
            SegmentNote = enterprise.SegmentNote,
            Platform = platform,
            Figures = await db.FiguresOfAsync(enterprise.Id, cancellationToken),
            TierHistory = await db.TierHistoryOfAsync(enterprise.Id, cancellationToken),
            Projects = projects,
            Audit = await db.AuditOfAsync(enterprise.Id, 50, cancellationToken),
        };
    }
}
