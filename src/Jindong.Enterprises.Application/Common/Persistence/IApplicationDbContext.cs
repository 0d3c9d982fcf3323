using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Industries;
using Jindong.Enterprises.Domain.Places;
using Jindong.Enterprises.Domain.Plan;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Domain.Watch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Jindong.Enterprises.Application.Common.Persistence;

/// <summary>The registry's tables as the use cases see them.</summary>
public interface IApplicationDbContext
{
    DbSet<Enterprise> Enterprises { get; }

    DbSet<AnnualFigures> AnnualFigures { get; }

    DbSet<AnnualFiguresRevision> AnnualFiguresRevisions { get; }

    DbSet<TierMove> TierMoves { get; }

    DbSet<EnterpriseState> EnterpriseStates { get; }

    DbSet<Township> Townships { get; }

    DbSet<IndustryCategory> IndustryCategories { get; }

    DbSet<Industry> Industries { get; }

    DbSet<Segment> Segments { get; }

    DbSet<Platform> Platforms { get; }

    DbSet<MicroPark> MicroParks { get; }

    DbSet<InvestmentProject> InvestmentProjects { get; }

    DbSet<PlanPeriod> Plans { get; }

    DbSet<PlanTarget> PlanTargets { get; }

    DbSet<ParkMembership> ParkMemberships { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<UserAccount> Users { get; }

    DbSet<AnnualReview> AnnualReviews { get; }

    DbSet<ReviewProposal> ReviewProposals { get; }

    DbSet<EfficiencyMethod> EfficiencyMethods { get; }

    DbSet<EfficiencyEvaluation> EfficiencyEvaluations { get; }

    DbSet<EfficiencyResult> EfficiencyResults { get; }

    DbSet<EfficiencyResultLine> EfficiencyResultLines { get; }

    DbSet<EfficiencyFlag> EfficiencyFlags { get; }

    DbSet<EfficiencyObjection> EfficiencyObjections { get; }

    DbSet<RemediationCase> RemediationCases { get; }

    DbSet<LandParcel> LandParcels { get; }

    DbSet<EfficiencyProfile> EfficiencyProfiles { get; }

    DbSet<DesignationKind> DesignationKinds { get; }

    DbSet<Designation> Designations { get; }

    DbSet<WatchThresholds> WatchThresholds { get; }

    DbSet<FigureCheckNote> FigureCheckNotes { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the command's transaction the only one changing this firm until it ends: another
    /// command for the same firm waits here, then reads what this one committed. Called before
    /// the firm and its figures are read, so a command never decides on a state about to change.
    /// </summary>
    Task LockEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the command's transaction the only one changing any firm until it ends; reads go on.
    /// For the commands that decide on many firms at once (an import, a review's start and
    /// sign-off): a single-firm command either commits before they read or waits until they end.
    /// </summary>
    Task LockEnterprisesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The registry's version: raised by every write transaction, so a value cached with the version
    /// it was read at is current exactly while this still answers that version (<see cref="RegistryCache"/>).
    /// </summary>
    Task<long> RegistryVersionAsync(CancellationToken cancellationToken);

    /// <summary>Raises the registry's version inside the current transaction; it becomes visible with the transaction's changes.</summary>
    Task BumpRegistryVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The ids of the firms whose name (or another search text of theirs) contains <paramref name="text"/>,
    /// ASCII case folded, from the engine's trigram index: composable into a query, never a scan of every name
    /// once the text is three characters long.
    /// </summary>
    IQueryable<int> EnterprisesMatching(string text);

    /// <summary>Whether saving failed because another transaction had just committed the same unique key.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
