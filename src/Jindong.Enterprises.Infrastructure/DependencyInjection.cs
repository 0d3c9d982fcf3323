using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Infrastructure.Security;
using Jindong.Enterprises.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "Jindong.Enterprises.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Jindong.Enterprises.Migrations.Postgres";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        // Pooled: every page view and API call gets a context, and building one from scratch cost a
        // tenth of a list page's CPU (the load bench, docs/benchmarks.md).
        services.AddDbContextPool<JindongDbContext>(options => database.Configure(options));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<JindongDbContext>());
        services.AddScoped<RegistrySeeder>();
        services.AddScoped<Application.Common.Auditing.IAuditWriter, AuditWriter>();
        services.AddScoped<Application.Reviews.IReviewStore, Reports.ReviewStore>();
        services.AddScoped<Application.Efficiency.IEfficiencyStore, Efficiency.EfficiencyStore>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<IStorageErrors, StorageErrors>();
        services.AddScoped<Application.Maintenance.IDatabaseMaintenance, DatabaseMaintenance>();
        services.AddSingleton<Application.Import.ITabularReader, Import.TabularReader>();
        services.AddSingleton<Application.Tables.ITableWriter, Export.TableWriter>();
        services.AddScoped<Application.Import.IFiguresImportStore, Import.FiguresImportStore>();
        services.AddSingleton<IPasswordHashing, IdentityPasswordHashing>();
        return services;
    }
}
