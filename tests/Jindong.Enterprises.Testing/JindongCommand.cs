using System.Diagnostics;
using System.Text;

namespace Jindong.Enterprises.Testing;

/// <summary>How the tests and benches start the real `jindong` executable: one start for all of them.</summary>
public static class JindongCommand
{
    /// <summary>The CLI built beside the running tests or bench (they reference the Cli project).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "jindong.dll");

    /// <summary>`dotnet jindong.dll ARGS --db DATABASE`, in Chinese, as the audit user "cli-test".</summary>
    public static ProcessStartInfo StartInfo(string database, string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(database);
        start.Environment["JINDONG_USER"] = "cli-test";
        start.Environment.Remove("JINDONG_DB");
        start.Environment.Remove("JINDONG_LANG");
        return start;
    }
}
