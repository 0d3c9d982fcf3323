using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Review.Tests.Support;

/// <summary>
/// The registry as the CLI builds it — real mediator pipeline, a real SQLite file migrated and
/// seeded — with a fake clock and a test user; each test class instance gets a fresh file.
/// </summary>
public sealed class ReviewApp : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = TestDatabase.SeededAt;

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private readonly ServiceProvider provider;

    private ReviewApp(TestDatabase database)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddInfrastructure(database.Options);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(User);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(StartTime);

    public ReviewUser User { get; } = new();

    /// <summary>The test's own seeded database: a SQLite file, or a PostgreSQL database when the run names a server.</summary>
    public TestDatabase Database { get; }

    public static async Task<ReviewApp> StartAsync()
    {
        UseChinese();
        return new ReviewApp(await TestDatabase.CreateSeededAsync());
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        UseChinese();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JindongDbContext>());
    }

    public async Task ExecuteAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = provider.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> ExecuteAsyncResult<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Registers a firm and, when <paramref name="tierOutput"/> is given, records 2022 figures that set its initial tier.</summary>
    public async Task<int> FirmAsync(string name, decimal? tierOutput = null, string? target = null, string township = "孝顺镇", string? segment = null)
    {
        var id = await SendAsync(new RegisterEnterprise(name, township, null, segment, target));
        if (tierOutput is { } output)
        {
            await SendAsync(new RecordAnnualFigures(id, 2022, output));
        }

        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static void UseChinese()
    {
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        CultureInfo.CurrentUICulture = Chinese;
    }
}

/// <summary>The signed-in user of a test; bureau staff until a test says otherwise.</summary>
public sealed class ReviewUser : ICurrentUser
{
    public string Name { get; private set; } = "评审测试员";

    public UserRole Role { get; private set; } = UserRole.Admin;

    public int? TownshipId { get; private set; }

    public void Become(UserRole role, int? townshipId = null)
    {
        Role = role;
        TownshipId = townshipId;
    }
}

/// <summary>A test class whose every test gets its own freshly seeded registry.</summary>
public abstract class ReviewTest : IAsyncLifetime
{
    private ReviewApp? app;

    protected ReviewApp App => app ?? throw new InvalidOperationException("The registry starts in InitializeAsync.");

    public async Task InitializeAsync() => app = await ReviewApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
