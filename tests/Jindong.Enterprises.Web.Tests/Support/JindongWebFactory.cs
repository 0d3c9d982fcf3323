using Jindong.Enterprises.Domain.Users;
using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Hosting;
using MediatR;
using Microsoft.AspNetCore.Builder;
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
/// CreateUser command, sent as a bureau administrator. Each client gets a client address of its
/// own (as different computers would), so the sign-in throttle of one test's client never refuses another's.
/// </summary>
public class JindongWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Jindong-test-pass-2026";

    private static int clients;

    private TestDatabase? database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));

    /// <summary>The app's own upload folder (Uploads:Directory), which it must create private.</summary>
    public string UploadDirectory { get; } = Path.Combine(Path.GetTempPath(), $"jindong-test-uploads-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:Provider", Database.Options.EffectiveProvider.ToString());
        builder.UseSetting("Uploads:Directory", UploadDirectory);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFromTestHeader>();
        });
    }

    /// <summary>Each client its own address (a /64 of the IPv6 documentation prefix), sent in <see cref="ClientAddressFromTestHeader.Header"/>.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ClientAddressFromTestHeader.Header, $"2001:db8:{Interlocked.Increment(ref clients):x}::1");
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
    public Task<T> SendAsAdminAsync<T>(IRequest<T> request) => AsAdminAsync(mediator => mediator.Send(request));

    /// <summary>Runs <paramref name="work"/> with the real mediator as the bureau administrator, outside any HTTP request.</summary>
    public async Task<T> AsAdminAsync<T>(Func<IMediator, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = Claims.Principal(new SignedInUser(0, "admin", AccountRole.Admin, null, null, string.Empty)),
            RequestServices = scope.ServiceProvider,
        };
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<IMediator>());
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

        if (Directory.Exists(UploadDirectory))
        {
            Directory.Delete(UploadDirectory, recursive: true);
        }
    }
}

/// <summary>
/// The test server has no network connection, so no client address: this sets the address the
/// factory's client names, first thing in the pipeline, as a connection from that computer would.
/// </summary>
internal sealed class ClientAddressFromTestHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
