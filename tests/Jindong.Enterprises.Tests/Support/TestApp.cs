using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Tests.Support;

/// <summary>
/// The registry as the CLI and the web host build it — real mediator pipeline, real SQLite file
/// migrated and seeded by <see cref="DatabaseInitializer"/> — with a fake clock and a test user.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = TestDatabase.SeededAt;

    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private readonly ServiceProvider provider;

    private TestApp(TestDatabase database)
    {
        Database = database;
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddInfrastructure(database.Options);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(User);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(StartTime);

    public TestUser User { get; } = new();

    /// <summary>The test's own database: a SQLite file, or a PostgreSQL database when the run names a server.</summary>
    public TestDatabase Database { get; }

    /// <summary>A fresh database, migrated and seeded unless <paramref name="initialize"/> is false.</summary>
    public static async Task<TestApp> StartAsync(bool initialize = true)
    {
        UseChinese();
        return new TestApp(initialize ? await TestDatabase.CreateSeededAsync() : TestDatabase.CreateEmpty());
    }

    public Task InitializeDatabaseAsync() =>
        ExecuteAsync(services => services.GetRequiredService<DatabaseInitializer>().InitializeAsync());

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

    public async Task ExecuteAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = provider.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> ExecuteAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<TableCounts> CountsAsync() => QueryAsync(async db => new TableCounts(
        await db.Enterprises.CountAsync(),
        await db.Enterprises.SumAsync(e => e.Version),
        await db.AuditEntries.CountAsync(),
        await db.AnnualFigures.CountAsync(),
        await db.AnnualFigures.SumAsync(f => f.Version),
        await db.AnnualFiguresRevisions.CountAsync(),
        await db.TierMoves.CountAsync()));

    /// <summary>Sends a request that must be refused, checks that it wrote nothing, and returns why it was refused.</summary>
    public async Task<Exception> RefusedAsync<TResponse>(IRequest<TResponse> request)
    {
        var before = await CountsAsync();
        var exception = await Record.ExceptionAsync(() => SendAsync(request));
        Assert.NotNull(exception);
        Assert.Equal(before, await CountsAsync());
        return exception;
    }

    /// <summary>Sends a request whose input must be refused, checks it wrote nothing, and returns the one message for <paramref name="field"/>.</summary>
    public async Task<string> InvalidAsync<TResponse>(IRequest<TResponse> request, string field)
    {
        var exception = Assert.IsType<InputValidationException>(await RefusedAsync(request));
        Assert.True(exception.Errors.ContainsKey(field), $"Expected an error for '{field}', got: {exception.Message}");
        return Assert.Single(exception.Errors[field]);
    }

    /// <summary>The id of the seeded firm with this Appendix-4 number.</summary>
    public Task<int> FirmIdAsync(int listNo) =>
        QueryAsync(db => db.Enterprises.Where(e => e.ListNo == listNo).Select(e => e.Id).SingleAsync());

    public Task<int> TownshipIdAsync(string name) =>
        QueryAsync(db => db.Townships.Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

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
