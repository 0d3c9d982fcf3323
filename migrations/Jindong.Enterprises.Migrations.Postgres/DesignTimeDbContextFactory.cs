using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jindong.Enterprises.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for PostgreSQL; no server is contacted.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JindongDbContext>
{
    public JindongDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<JindongDbContext>();
        new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=jindong_design" }.Configure(options);
        return new JindongDbContext(options.Options);
    }
}
