using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using MediatR;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Review.Tests.Support;

/// <summary>The registry on the test's own seeded database (<see cref="RegistryHost"/>), signed in as a reviewer panel member with bureau rights.</summary>
public sealed class ReviewApp : IAsyncDisposable
{
    public static readonly DateTimeOffset StartTime = TestDatabase.SeededAt;

    private readonly RegistryHost host;

    private ReviewApp(RegistryHost host) => this.host = host;

    public FakeTimeProvider Clock => host.Clock;

    public TestUser User => host.User;

    public TestDatabase Database => host.Database;

    public static async Task<ReviewApp> StartAsync() => new(await RegistryHost.StartAsync(user: new TestUser("评审测试员")));

    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request) => host.SendAsync(request);

    public Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query) => host.QueryAsync(query);

    public Task ExecuteAsync(Func<IServiceProvider, Task> action) => host.ExecuteAsync(action);

    public Task<T> ExecuteAsyncResult<T>(Func<IServiceProvider, Task<T>> action) => host.ExecuteAsync(action);

    /// <summary>Registers a firm and, when <paramref name="tierOutput"/> is given, records 2022 figures that set its initial tier.</summary>
    public async Task<int> FirmAsync(string name, decimal? tierOutput = null, string? target = null, string township = "孝顺镇", string? segment = null)
    {
        var id = await SendAsync(new RegisterEnterprise(name, township, null, segment, target));
        if (tierOutput is { } output)
        {
            await SendAsync(RecordFigures.Of(id, 2022, output));
        }

        return id;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
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
