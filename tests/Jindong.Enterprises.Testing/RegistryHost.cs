using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Testing;

/// <summary>
/// The registry as the CLI and the web app build it — the real mediator pipeline on the test's own
/// real database — with a fake clock and a test user. Messages come in Chinese, as users get them.
/// </summary>
public sealed class RegistryHost : IAsyncDisposable
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private readonly ServiceProvider provider;

    private RegistryHost(TestDatabase database, TestUser user)
    {
        Database = database;
        User = user;
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddInfrastructure(database.Options);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(User);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(TestDatabase.SeededAt);

    public TestUser User { get; }

    /// <summary>The test's own database: a SQLite file, or a PostgreSQL database when the run names a server.</summary>
    public TestDatabase Database { get; }

    /// <summary>A fresh database, migrated and seeded unless <paramref name="seeded"/> is false (then the first start is the test's to make).</summary>
    public static async Task<RegistryHost> StartAsync(bool seeded = true, TestUser? user = null)
    {
        UseChinese();
        return new RegistryHost(seeded ? await TestDatabase.CreateSeededAsync() : TestDatabase.CreateEmpty(), user ?? new TestUser());
    }

    /// <summary>The registry on a database the test made itself (and disposes of with this host).</summary>
    public static RegistryHost On(TestDatabase database, TestUser? user = null)
    {
        UseChinese();
        return new RegistryHost(database, user ?? new TestUser());
    }

    /// <summary>Sends a request through the real pipeline (logging, validation, transaction and audit) in its own scope.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        UseChinese();
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, CancellationToken.None);
    }

    /// <summary>Reads the database directly, in a fresh scope, to check what a command left behind.</summary>
    public async Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query)
    {
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JindongDbContext>());
    }

    public async Task<T> ExecuteAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task ExecuteAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = provider.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>What a command writes, counted: equal before and after means it wrote nothing.</summary>
    public Task<TableCounts> CountsAsync() => QueryAsync(TableCounts.OfAsync);

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
