using System.Diagnostics;
using System.Text.Json;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>Runs the real `jindong` executable against its own database file, as a user would.</summary>
public sealed class JindongProcess : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("jindong-cli-").FullName;

    /// <summary>Runs against <paramref name="database"/>, else a new one no process has opened yet (the first command creates, migrates and seeds it).</summary>
    public JindongProcess(TestDatabase? database = null) => Database = database ?? TestDatabase.CreateEmpty();

    public TestDatabase Database { get; }

    public CliResult Run(params string[] args) => Start(null, null, args);

    /// <summary>Runs with <paramref name="input"/> as its standard input (then closed).</summary>
    public CliResult RunWithInput(string input, params string[] args) => Start(input, null, args);

    /// <summary>Runs with these environment variables set as well (JINDONG_USER, JINDONG_LOG_DIR …).</summary>
    public CliResult RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(null, environment, args);

    private CliResult Start(string? input, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var start = JindongCommand.StartInfo(Database.ConnectionString, directory, args);
        start.RedirectStandardInput = input is not null;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

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

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
