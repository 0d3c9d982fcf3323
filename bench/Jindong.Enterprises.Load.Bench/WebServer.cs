using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Jindong.Enterprises.Load.Bench;

/// <summary>
/// The real web app as it is deployed: published in Release, run as its own process with
/// `dotnet Jindong.Enterprises.Web.dll` in the Production environment (so with the production log
/// level of appsettings.json, its console output going to a file), the database given by the
/// environment, listening on 127.0.0.1 only.
/// </summary>
internal sealed class WebServer : IAsyncDisposable
{
    private readonly Process process;

    private WebServer(Process process, Uri address, string log)
    {
        this.process = process;
        Address = address;
        Log = log;
    }

    public Uri Address { get; }

    /// <summary>The file the app's console (its Serilog output) goes to.</summary>
    public string Log { get; }

    /// <summary>CPU time the app has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Publishes src/Jindong.Enterprises.Web (Release) into <paramref name="work"/>/web, building outside the source tree.</summary>
    public static string Publish(string repository, string work)
    {
        var output = Path.Combine(work, "web");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", Path.Combine(repository, "src", "Jindong.Enterprises.Web", "Jindong.Enterprises.Web.csproj"),
                "-c", "Release", "-o", output, "--artifacts-path", Path.Combine(work, "artifacts"), "--nologo", "-v", "q",
            },
        };
        using var publish = Process.Start(start)!;
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the web app failed (exit {publish.ExitCode}).");
        }

        return Path.Combine(output, "Jindong.Enterprises.Web.dll");
    }

    public static async Task<WebServer> StartAsync(string webDll, string connectionString, string work)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var log = Path.Combine(work, "web.log");
        // sh redirects the console to the file itself, so the bench does not spend CPU copying it.
        var start = new ProcessStartInfo("sh")
        {
            ArgumentList = { "-c", "exec dotnet \"$0\" --urls \"$1\" > \"$2\" 2>&1", webDll, address.ToString().TrimEnd('/'), log },
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment.Remove("JINDONG_DB");
        var server = new WebServer(Process.Start(start)!, address, log);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>
    /// Signs in through the API, then opens one page as a browser would, and returns the cookies a
    /// browser would send from then on (the session, and the anti-forgery cookie the page's
    /// sign-out form sets) as a Cookie header value.
    /// </summary>
    public async Task<string> SignInAsync(string userName, string password)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Address };
        using var response = await client.PostAsJsonAsync("/api/session", new { userName, password });
        response.EnsureSuccessStatusCode();
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';', 2)[0]).ToList();
        if (!cookies.Any(c => c.StartsWith("jindong.session", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Signing in set no session cookie.");
        }

        using var page = new HttpRequestMessage(HttpMethod.Get, "/Firms");
        page.Headers.Add("Cookie", string.Join("; ", cookies));
        using var first = await client.SendAsync(page);
        first.EnsureSuccessStatusCode();
        if (first.Headers.TryGetValues("Set-Cookie", out var more))
        {
            cookies.AddRange(more.Select(c => c.Split(';', 2)[0]));
        }

        return string.Join("; ", cookies);
    }

    /// <summary>One GET with the session, checked: 200 and the text the page must show.</summary>
    public async Task CheckAsync(string path, string? cookie, string expected)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} without \"{expected}\": {body[..Math.Min(body.Length, 500)]}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with {process.ExitCode}; see {Log}.");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the app migrates and seeds before it takes requests.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not answer /health within 90 s; see {Log}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
