using System.Diagnostics;
using System.Globalization;

namespace Jindong.Enterprises.Load.Bench;

/// <summary>What one bounded wrk run measured. Latencies in milliseconds; errors are socket errors, timeouts and any status other than 2xx.</summary>
internal sealed record LoadResult(long Requests, double Seconds, double P50, double P90, double P99, double Max, long Errors)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// Debian's wrk (the lightest client on two cores, so most of the CPU goes to the server),
/// run with the session cookie and a Lua script that counts every non-2xx answer (wrk by itself
/// counts 3xx as success, and a redirect to the sign-in page must count as an error) and prints
/// the figures on one line.
/// </summary>
internal sealed class Wrk(string script, int connections, int threads)
{
    private const string Lua = """
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        function init(args) bad = 0 end
        function response(status, headers, body) if status < 200 or status > 299 then bad = bad + 1 end end
        function done(summary, latency, requests)
          local statuses = 0
          for _, t in ipairs(threads) do statuses = statuses + t:get("bad") end
          local e = summary.errors
          io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
            statuses + e.connect + e.read + e.write + e.timeout))
        end
        """;

    /// <summary>Checks wrk is there (installing Debian's package when run as root) and writes the script.</summary>
    public static Wrk Prepare(string work, int connections, int threads)
    {
        if (!OnPath("wrk"))
        {
            Console.Error.WriteLine("wrk is missing; installing Debian's package (apt-get install -y wrk)…");
            Run("apt-get", "install", "-y", "-q", "wrk");
            if (!OnPath("wrk"))
            {
                throw new InvalidOperationException("The load bench needs wrk: run `apt-get install -y wrk` (Debian's package) and start it again.");
            }
        }

        var script = Path.Combine(work, "count-errors.lua");
        File.WriteAllText(script, Lua);
        return new Wrk(script, connections, threads);
    }

    /// <summary>Runs wrk against <paramref name="url"/> for <paramref name="duration"/> and reads its RESULT line.</summary>
    public LoadResult Run(Uri url, string? cookie, TimeSpan duration)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        if (cookie is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Cookie: " + cookie);
        }

        start.ArgumentList.Add(url.AbsoluteUri);
        using var process = Process.Start(start)!;
        var errorOutput = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result (exit {process.ExitCode}): {output} {errorOutput.Result}");
        var f = line.Split(' ').Skip(1).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new LoadResult(f[0], f[1] / 1e6, f[2] / 1e3, f[3] / 1e3, f[4] / 1e3, f[5] / 1e3, f[6]);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    private static void Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(program, args);
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No apt-get: the check after it explains what is missing.
        }
    }
}
