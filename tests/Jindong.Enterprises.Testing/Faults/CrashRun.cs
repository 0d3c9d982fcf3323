using System.Diagnostics;
using Jindong.Enterprises.Infrastructure.Persistence;

namespace Jindong.Enterprises.Testing.Faults;

/// <summary>What happened to one run of a command that was to be killed.</summary>
/// <param name="Killed">False when the command finished before the kill point came.</param>
public sealed record CrashOutcome(string Point, bool Killed, TimeSpan At, int? ExitCode, string Stdout, string Stderr);

/// <summary>Runs `jindong` and kills it (SIGKILL, no chance to clean up) at a <see cref="KillPoint"/>.</summary>
public static class CrashRun
{
    public static CrashOutcome KillAt(KillPoint point, DatabaseOptions database, string workingDirectory, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        using var command = new RunningCommand(Process.Start(JindongCommand.StartInfo(database.ConnectionString, workingDirectory, args))!, database);
        var process = command.Process;
        var deadline = TimeSpan.FromMinutes(5);
        while (!process.WaitForExit(1))
        {
            if (watch.Elapsed > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"jindong {string.Join(' ', args)} neither reached “{point.Name}” nor finished in {deadline}.");
            }

            if (!point.Reached(command))
            {
                continue;
            }

            // The delay spreads kills over the phase; if the command finishes meanwhile, it was not killed.
            if (point.After > TimeSpan.Zero && process.WaitForExit(point.After))
            {
                break;
            }

            var at = watch.Elapsed;
            process.Kill();
            process.WaitForExit();
            return new CrashOutcome(point.Name, Killed: true, at, null, command.Stdout, command.Stderr);
        }

        process.WaitForExit();
        return new CrashOutcome(point.Name, Killed: false, watch.Elapsed, process.ExitCode, command.Stdout, command.Stderr);
    }
}
