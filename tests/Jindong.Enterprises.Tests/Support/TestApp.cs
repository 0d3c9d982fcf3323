using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Tests.Support;

/// <summary>
/// The registry on the test's own database (<see cref="RegistryHost"/>), with the checks the core
/// tests share: what a refused command left behind, and the seeded firms and townships by name.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = TestDatabase.SeededAt;

    public static readonly CultureInfo Chinese = RegistryHost.Chinese;

    private readonly RegistryHost host;

    private TestApp(RegistryHost host) => this.host = host;

    public FakeTimeProvider Clock => host.Clock;

    public TestUser User => host.User;

    public TestDatabase Database => host.Database;

    /// <summary>A fresh database, migrated and seeded unless <paramref name="initialize"/> is false.</summary>
    public static async Task<TestApp> StartAsync(bool initialize = true) => new(await RegistryHost.StartAsync(initialize));

    public Task InitializeDatabaseAsync() =>
        ExecuteAsync(services => services.GetRequiredService<DatabaseInitializer>().InitializeAsync());

    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request) => host.SendAsync(request);

    public Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query) => host.QueryAsync(query);

    public Task ExecuteAsync(Func<IServiceProvider, Task> action) => host.ExecuteAsync(action);

    public Task<T> ExecuteAsync<T>(Func<IServiceProvider, Task<T>> action) => host.ExecuteAsync(action);

    public Task<TableCounts> CountsAsync() => host.CountsAsync();

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

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
