using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>What the running server (its own process) writes to its console log.</summary>
public sealed class ServerLogTests : IAsyncLifetime
{
    private RegistryHost host = null!;
    private WebServerProcess server = null!;

    public async Task InitializeAsync()
    {
        host = await RegistryHost.StartAsync();
        await host.SendAsync(new CreateUser("admin", JindongWebFactory.Password, "admin"));
        server = await WebServerProcess.StartAsync(host.Database);
    }

    [Fact]
    public async Task A_refused_api_request_is_logged_with_the_status_it_answered_and_no_stack_trace()
    {
        using var client = await server.SignedInClientAsync("admin", JindongWebFactory.Password);

        var missing = await client.GetAsync("/api/firms/987654");
        var invalid = await client.PostAsJsonAsync("/api/firms/1/figures", new { year = 2024, output = -5 });
        var conflict = await client.PutAsJsonAsync("/api/firms/1", new { name = "x", expectedVersion = 999 });
        await Task.Delay(500);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Conflict), (missing.StatusCode, invalid.StatusCode, conflict.StatusCode));
        var log = server.Log;
        Assert.Contains("/api/firms/987654 responded 404", log, StringComparison.Ordinal);
        Assert.Contains("/api/firms/1/figures responded 400", log, StringComparison.Ordinal);
        Assert.Contains("/api/firms/1 responded 409", log, StringComparison.Ordinal);
        Assert.DoesNotContain("responded 500", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", log, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Jindong.", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_break_in_a_requested_path_cannot_forge_a_line_of_the_log()
    {
        using var client = new HttpClient { BaseAddress = server.Address };

        await client.GetAsync("/api/x%0D%0A[00:00:00 ERR] forged entry");
        await Task.Delay(500);

        Assert.DoesNotContain(server.Log.Split('\n'), line => line.StartsWith("[00:00:00 ERR] forged", StringComparison.Ordinal));
        Assert.Contains("/api/x\\u000D\\u000A[00:00:00 ERR] forged entry", server.Log, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await host.DisposeAsync();
    }
}
