using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Parks;
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

    /// <summary>Its designations, those held today first.</summary>
    public IReadOnlyList<Designations.DesignationView> Designations { get; init; } = [];

    /// <summary>Where it stood in parks (入园), latest year first.</summary>
    public IReadOnlyList<ParkPlaceView> Parks { get; init; } = [];
}

/// <summary>An Appendix 3 investment project of the firm.</summary>
public sealed record ProjectView(int No, string Project, decimal TotalInvestmentYi, string ExpectedCompletion);

internal sealed class GetEnterpriseHandler(IApplicationDbContext db, RegistryCache cache, TimeProvider clock) : IRequestHandler<GetEnterprise, EnterpriseDetails>
{
    /// <summary>Read once per registry version and firm (seven queries); who may see it the pipeline checks on every request.</summary>
    public async Task<EnterpriseDetails> Handle(GetEnterprise query, CancellationToken cancellationToken) =>
        // The day is part of the key: whether a designation holds changes with it.
        await cache.GetAsync(db, $"firm:{query.EnterpriseId}:{ChinaTime.Today(clock):yyyyMMdd}", ct => ReadAsync(query.EnterpriseId, ct), cancellationToken)
        ?? throw EnterpriseLookup.NotFound(query.EnterpriseId);

    private async Task<EnterpriseDetails?> ReadAsync(int id, CancellationToken cancellationToken)
    {
        // The firm with every name it shows, in one statement: on PostgreSQL each query is a round
        // trip, and the five lookups this replaces were half the firm page's queries.
        var firm = await (
            from e in db.Enterprises.AsNoTracking()
            where e.Id == id
            join t in db.Townships on e.TownshipId equals t.Id
            from s in db.Segments.Where(s => s.Id == e.SegmentId).DefaultIfEmpty()
            from i in db.Industries.Where(i => i.Id == s!.IndustryId).DefaultIfEmpty()
            from c in db.IndustryCategories.Where(c => c.Id == i!.CategoryId).DefaultIfEmpty()
            from p in db.Platforms.Where(p => p.Id == e.PlatformId).DefaultIfEmpty()
            select new { Enterprise = e, Township = t.Name, Segment = s!.Name, Industry = i!.Name, Category = c!.Name, Platform = p!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (firm is null)
        {
            return null;
        }

        var enterprise = firm.Enterprise;
        var projects = await db.InvestmentProjects.AsNoTracking()
            .Where(p => p.EnterpriseId == enterprise.Id)
            .OrderBy(p => p.No)
            .Select(p => new ProjectView(p.No, p.Project, p.TotalInvestmentYi, p.ExpectedCompletion))
            .ToListAsync(cancellationToken);

        return new EnterpriseDetails(EnterpriseView.Of(enterprise, firm.Township, firm.Segment))
        {
            Industry = firm.Industry,
            IndustryCategory = firm.Category,
            SegmentNote = enterprise.SegmentNote,
            Platform = firm.Platform,
            Figures = await db.FiguresOfAsync(enterprise.Id, cancellationToken),
            TierHistory = await db.TierHistoryOfAsync(enterprise.Id, cancellationToken),
            Projects = projects,
            Audit = await db.AuditOfAsync(enterprise.Id, 50, cancellationToken),
            Designations = await db.DesignationsOfAsync(enterprise.Id, ChinaTime.Today(clock), cancellationToken),
            Parks = await db.ParkHistoryOfAsync(enterprise.Id, cancellationToken),
        };
    }
}
