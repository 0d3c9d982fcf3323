using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jindong.Enterprises.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for SQLite without a running host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JindongDbContext>
{
    public JindongDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<JindongDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsAssembly(DependencyInjection.SqliteMigrationsAssembly))
            .Options);
}
