using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>Runs the real `jindong` executable against its own database file, as a user would.</summary>
public sealed class JindongProcess : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("jindong-cli-").FullName;

    public string Database => Path.Combine(directory, "registry.db");

    public CliResult Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "jindong.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(Database);
        start.Environment["JINDONG_USER"] = "cli-test";
        start.Environment.Remove("JINDONG_DB");
        start.Environment.Remove("JINDONG_LANG");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"jindong {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public JsonElement Json(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file the OS still holds open is left to the temp cleaner.
        }
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
