using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Tests.Infrastructure.Persistence;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task First_start_creates_the_database_migrates_and_seeds_the_registry()
    {
        await using var app = await TestApp.StartAsync(initialize: false);
        Assert.False(await app.QueryAsync(db => db.Database.CanConnectAsync()));

        await app.InitializeDatabaseAsync();

        Assert.True(await app.QueryAsync(db => db.Database.CanConnectAsync()));
        var (pending, firms) = await app.QueryAsync(async db => ((await db.Database.GetPendingMigrationsAsync()).Count(), await db.Enterprises.CountAsync()));
        Assert.Equal(0, pending);
        Assert.Equal(100, firms);
    }

    [Fact]
    public async Task A_database_migrated_but_left_unseeded_is_seeded_on_the_next_start()
    {
        // A first start that migrated and then stopped (killed, or a seed file it could not read) must not leave an empty registry for good.
        await using var app = await TestApp.StartAsync(initialize: false);
        await app.ExecuteAsync(services => services.GetRequiredService<JindongDbContext>().Database.MigrateAsync());

        await app.InitializeDatabaseAsync();

        Assert.Equal(100, await app.QueryAsync(db => db.Enterprises.CountAsync()));
    }
}
