using Jindong.Enterprises.Application.Common.Persistence;
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
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jindong.Enterprises.Infrastructure.Persistence;

public sealed class JindongDbContext(DbContextOptions<JindongDbContext> options) : DbContext(options), IApplicationDbContext, IDataProtectionKeyContext
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY, SQLite's extended result codes.</summary>
    private const int SqliteUniqueConstraint = 2067;
    private const int SqlitePrimaryKeyConstraint = 1555;

    /// <summary>The longest stored enum name ("ReviewPromotion" and the like fit).</summary>
    private const int StoredEnumLength = 20;

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<AnnualFigures> AnnualFigures => Set<AnnualFigures>();

    public DbSet<AnnualFiguresRevision> AnnualFiguresRevisions => Set<AnnualFiguresRevision>();

    public DbSet<TierMove> TierMoves => Set<TierMove>();

    public DbSet<EnterpriseState> EnterpriseStates => Set<EnterpriseState>();

    public DbSet<Township> Townships => Set<Township>();

    public DbSet<IndustryCategory> IndustryCategories => Set<IndustryCategory>();

    public DbSet<Industry> Industries => Set<Industry>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<Platform> Platforms => Set<Platform>();

    public DbSet<MicroPark> MicroParks => Set<MicroPark>();

    public DbSet<InvestmentProject> InvestmentProjects => Set<InvestmentProject>();

    public DbSet<PlanPeriod> Plans => Set<PlanPeriod>();

    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();

    public DbSet<ParkMembership> ParkMemberships => Set<ParkMembership>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();

    public DbSet<ReviewProposal> ReviewProposals => Set<ReviewProposal>();

    public DbSet<EfficiencyMethod> EfficiencyMethods => Set<EfficiencyMethod>();

    public DbSet<EfficiencyEvaluation> EfficiencyEvaluations => Set<EfficiencyEvaluation>();

    public DbSet<EfficiencyResult> EfficiencyResults => Set<EfficiencyResult>();

    public DbSet<EfficiencyResultLine> EfficiencyResultLines => Set<EfficiencyResultLine>();

    public DbSet<EfficiencyFlag> EfficiencyFlags => Set<EfficiencyFlag>();

    public DbSet<EfficiencyObjection> EfficiencyObjections => Set<EfficiencyObjection>();

    public DbSet<RemediationCase> RemediationCases => Set<RemediationCase>();

    public DbSet<LandParcel> LandParcels => Set<LandParcel>();

    public DbSet<EfficiencyProfile> EfficiencyProfiles => Set<EfficiencyProfile>();

    public DbSet<DesignationKind> DesignationKinds => Set<DesignationKind>();

    public DbSet<Designation> Designations => Set<Designation>();

    public DbSet<WatchThresholds> WatchThresholds => Set<WatchThresholds>();

    public DbSet<FigureCheckNote> FigureCheckNotes => Set<FigureCheckNote>();

    /// <summary>The web servers' data-protection key ring, shared so a cookie one issues the others read.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Recent failed password checks per client address, for the sign-in throttle every web server shares.</summary>
    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    public async Task LockEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        // SQLite needs nothing more: each command's transaction begins IMMEDIATE, so writers already
        // run one at a time. PostgreSQL runs them side by side under READ COMMITTED; the row lock
        // queues the commands for one firm, and each reads after the previous one committed.
        if (Database.IsNpgsql())
        {
            await Database.ExecuteSqlAsync($"SELECT 1 FROM \"Enterprises\" WHERE \"Id\" = {enterpriseId} FOR UPDATE", cancellationToken);
        }
    }

    public async Task LockEnterprisesAsync(CancellationToken cancellationToken)
    {
        // EXCLUSIVE conflicts with the row locks single-firm commands take (and with every write),
        // not with plain reads. Taken first, before any row lock, so it cannot deadlock with them.
        if (Database.IsNpgsql())
        {
            await Database.ExecuteSqlRawAsync("LOCK TABLE \"Enterprises\" IN EXCLUSIVE MODE", cancellationToken);
        }
    }

    public async Task<long> RegistryVersionAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>($"SELECT \"Version\" AS \"Value\" FROM \"RegistryVersion\" WHERE \"Id\" = {RegistryVersionRow.SingleId}")
            .SingleAsync(cancellationToken);

    public async Task BumpRegistryVersionAsync(CancellationToken cancellationToken) =>
        await Database.ExecuteSqlRawAsync(BumpRegistryVersionSql, cancellationToken);

    /// <summary>The statement <see cref="BumpRegistryVersionAsync"/> runs, for writers outside the mediator (the seeder, a restore).</summary>
    internal static readonly string BumpRegistryVersionSql =
        $"UPDATE \"RegistryVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = {RegistryVersionRow.SingleId}";

    public IQueryable<int> EnterprisesMatching(string text)
    {
        var literal = text.IndexOfAny(LikeWildcards) < 0;
        var columns = SearchIndexSql.ColumnsFor(text);
        var like = "%" + (literal ? text : text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal)) + "%";
        string sql;
        if (Database.IsNpgsql())
        {
            // The GIN trigram indexes serve ILIKE with a leading wildcard (a text shorter than a trigram scans the index).
            sql = "SELECT \"Id\" AS \"Value\" FROM \"Enterprises\" WHERE " + SearchIndexSql.LikeAny("ILIKE", columns);
        }
        else if (literal && text.EnumerateRunes().Count() >= SearchIndexSql.IndexedLength)
        {
            // FTS5 answers a LIKE of three characters or more from the trigram index and checks each candidate
            // (ASCII case folded, as ILIKE does); it cannot take an ESCAPE clause, so a text with a wildcard in it scans.
            sql = "SELECT rowid AS \"Value\" FROM \"" + SearchIndexSql.SqliteTable + "\" WHERE " + SearchIndexSql.LikeAny("LIKE", columns);
        }
        else
        {
            sql = "SELECT \"Id\" AS \"Value\" FROM \"Enterprises\" WHERE " + SearchIndexSql.LikeAny("LIKE", columns).Replace("{0}", "{0} ESCAPE '\\'", StringComparison.Ordinal);
        }

        return Database.SqlQueryRaw<int>(sql, like);
    }

    /// <summary>The characters LIKE would read as wildcards or escapes.</summary>
    private static readonly char[] LikeWildcards = ['%', '_', '\\'];

    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueConstraint or SqlitePrimaryKeyConstraint,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JindongDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, Domain.Figures.Measures.Decimals).HaveConversion<TrimmedDecimalConverter>();
        }

        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // Every domain enum is stored by name, so rows read plainly and reordering an enum changes nothing stored.
        foreach (var type in typeof(Enterprise).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            configurationBuilder.Properties(type).HaveConversion<string>().HaveMaxLength(StoredEnumLength);
        }
    }
}
