using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Infrastructure.Persistence;

/// <summary>Each engine's migrations assembly must describe the whole model: a change without its migration fails here.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=unused")]
    public void The_migrations_of_each_engine_match_the_model(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<JindongDbContext>();
        new DatabaseOptions { Provider = provider, ConnectionString = connectionString }.Configure(options);
        using var db = new JindongDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration covers: run `dotnet ef migrations add` for it.");
    }
}
