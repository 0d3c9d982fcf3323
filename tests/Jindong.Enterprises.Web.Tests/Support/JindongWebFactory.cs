using Jindong.Enterprises.Domain.Users;
using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Hosting;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// The real web host (Program) on a seeded database of its own (a SQLite file, or a PostgreSQL
/// database when the run names a server), with a fake clock. Users are created with the real
/// CreateUser command, sent as a bureau administrator.
/// </summary>
public class JindongWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Pa55word!";

    private TestDatabase? database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:Provider", Database.Options.EffectiveProvider.ToString());
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The app's own database (for the tests that break it on purpose).</summary>
    public TestDatabase Database => database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public virtual async Task InitializeAsync()
    {
        database = await TestDatabase.CreateSeededAsync();
        _ = Services;
        await CreateUserAsync("admin", "admin");
        await CreateUserAsync("xiaoshun", "township", "孝顺镇");
        await CreateUserAsync("leader", "viewer");
        await CreateUserAsync("panel", "reviewer");
    }

    public Task<UserView> CreateUserAsync(string name, string role, string? township = null) =>
        SendAsAdminAsync(new CreateUser(name, Password, role, township));

    /// <summary>Sends a request through the real pipeline as the bureau administrator, outside any HTTP request.</summary>
    public async Task<T> SendAsAdminAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = Claims.Principal(new SignedInUser("admin", AccountRole.Admin, null, null)),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public async Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JindongDbContext>());
    }

    public Task<int> FirmIdAsync(int listNo) => QueryAsync(db => db.Enterprises.Where(e => e.ListNo == listNo).Select(e => e.Id).SingleAsync());

    /// <summary>A firm of the given township (by Appendix-4 order).</summary>
    public Task<int> FirmInAsync(string township) => QueryAsync(db =>
        (from e in db.Enterprises
         join t in db.Townships on e.TownshipId equals t.Id
         where t.Name == township
         orderby e.ListNo
         select e.Id).FirstAsync());

    /// <summary>A client with its own cookies, signed in as <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password = Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    /// <summary>The address Kestrel listens on, when the factory was started with <see cref="WebApplicationFactory{T}.UseKestrel()"/>.</summary>
    public Uri ServerAddress => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
