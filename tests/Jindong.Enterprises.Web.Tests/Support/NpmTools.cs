using System.Diagnostics;
using System.Text;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// The third-party checkers of tests/npm-tools (an OpenAPI linter, a TypeScript client generator
/// and compiler, axe-core), installed there by <c>bash .ci/test</c> with <c>npm ci</c>.
/// </summary>
public static class NpmTools
{
    public static string Folder { get; } = RepositoryFiles.Path("tests", "npm-tools");

    /// <summary>A file inside an installed package; fails, saying how to install, when the tools are missing.</summary>
    public static string Package(params string[] parts)
    {
        var path = Path.Combine([Folder, "node_modules", .. parts]);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm ci` in tests/npm-tools (bash .ci/test does).");
        return path;
    }

    /// <summary>Runs a package's script with node; returns the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Folder,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
