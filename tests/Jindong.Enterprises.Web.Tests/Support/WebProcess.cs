using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// The web app as a server of its own — `dotnet Jindong.Enterprises.Web.dll` in the Production
/// environment on 127.0.0.1, the database given by Database__* as a deployment gives it — for the
/// tests that need more than one server on one registry. Its console goes to a file kept for a failure's diagnosis.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process process;

    private readonly string home;

    private WebProcess(Process process, Uri address, string log, string home)
    {
        this.process = process;
        this.home = home;
        Address = address;
        Log = log;
    }

    public Uri Address { get; }

    public string Log { get; }

    public static async Task<WebProcess> StartAsync(TestDatabase database)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var log = Path.Combine(Path.GetTempPath(), $"jindong-web-{address.Port}.log");
        var start = new ProcessStartInfo("sh")
        {
            ArgumentList =
            {
                "-c", "exec dotnet \"$0\" --urls \"$1\" --contentRoot \"$2\" > \"$3\" 2>&1",
                Path.Combine(AppContext.BaseDirectory, "Jindong.Enterprises.Web.dll"),
                address.ToString().TrimEnd('/'),
                RepositoryFiles.Path("src", "Jindong.Enterprises.Web"),
                log,
            },
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = database.Options.EffectiveProvider.ToString();
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment.Remove("JINDONG_DB");
        // A home of its own, as on a machine of its own: nothing the two servers share but the database
        // (ASP.NET Core would otherwise keep its keys in ~/.aspnet, which two processes of one user share).
        var home = Directory.CreateTempSubdirectory("jindong-web-home-").FullName;
        start.Environment["HOME"] = home;
        var server = new WebProcess(Process.Start(start)!, address, log, home);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(home, recursive: true);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with {process.ExitCode}: {await File.ReadAllTextAsync(Log)}");
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
                // Not listening yet: it migrates, seeds and loads the key ring before it takes requests.
            }
            catch (TaskCanceledException)
            {
                // A slow first answer on a busy machine: ask again.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not answer /health within 2 minutes; see {Log}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
