using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "Jindong.Enterprises.Migrations.Sqlite";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddDbContext<JindongDbContext>(options => options
            .UseSqlite(database.SqliteConnectionString(), sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(new SqlitePragmas()));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<JindongDbContext>());
        services.AddScoped<RegistrySeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
