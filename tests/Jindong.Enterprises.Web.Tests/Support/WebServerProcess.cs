using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// The web app as it is deployed: its own process (`dotnet Jindong.Enterprises.Web.dll`, built
/// beside the tests), Production environment, on 127.0.0.1, on a test database. For what only a
/// real process shows: its memory (peak resident set, from /proc), its console log, and Kestrel
/// serving HTTPS with a certificate.
/// </summary>
public sealed class WebServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private WebServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>What the app has written to its console (its Serilog log) so far.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>The most memory the process has held resident since it started (VmHWM), in bytes.</summary>
    public long PeakResidentBytes => StatusKilobytes("VmHWM:") * 1024;

    /// <summary>
    /// Starts the app on <paramref name="database"/>, on plain HTTP unless <paramref name="settings"/>
    /// say otherwise (settings are configuration keys, given as environment variables).
    /// </summary>
    public static async Task<WebServerProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, string scheme = "http")
    {
        var address = new Uri($"{scheme}://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Jindong.Enterprises.Web.dll"), "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__ConnectionString"] = database.ConnectionString;
        start.Environment["Database__Provider"] = database.Options.EffectiveProvider.ToString();
        start.Environment.Remove("JINDONG_DB");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var server = new WebServerProcess(Process.Start(start)!, address);
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>A client with its own cookies, signed in through the API.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password, HttpMessageHandler? handler = null)
    {
        var client = new HttpClient(handler ?? new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(3),
        };
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"sign-in as {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The web app did not answer /health within 2 minutes:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
