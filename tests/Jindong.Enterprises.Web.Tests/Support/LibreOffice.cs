using System.Diagnostics;

namespace Jindong.Enterprises.Web.Tests.Support;

/// <summary>
/// LibreOffice Calc run headless (Debian's libreoffice-calc-nogui, which <c>bash .ci/test</c>
/// installs), to read our .xlsx files as a clerk's spreadsheet program does.
/// </summary>
public static class LibreOffice
{
    /// <summary>
    /// UTF-8, comma-separated, cells saved as shown: the CSV holds what the sheet displays through
    /// each cell's number format.
    /// </summary>
    private const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true";

    /// <summary>
    /// Converts every workbook to a CSV of the same name in <paramref name="outputFolder"/>, in one
    /// soffice run: starting it takes seconds, converting a file milliseconds.
    /// </summary>
    public static async Task ConvertToCsvAsync(IReadOnlyList<string> workbooks, string outputFolder)
    {
        var soffice = OnPath("soffice");
        Assert.True(soffice is not null, "LibreOffice's soffice is not on PATH: install Debian's libreoffice-calc-nogui (bash .ci/test does: apt-get install --no-install-recommends libreoffice-calc-nogui).");

        // A profile of its own, so a parallel run or a desktop LibreOffice never holds the lock.
        var profile = Path.Combine(Path.GetTempPath(), $"jindong-libreoffice-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(soffice!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--nolockcheck", "--convert-to", CsvFilter, "--outdir", outputFolder })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var workbook in workbooks)
        {
            start.ArgumentList.Add(workbook);
        }

        // The display of 1,234.5 and 12.3% depends on the locale; fixed here, the comparison need not guess.
        start.Environment["LC_ALL"] = "C.UTF-8";
        start.Environment["LANG"] = "C.UTF-8";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"soffice did not convert {workbooks.Count} workbooks within 3 minutes.");
            }

            Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {await output}{await errors}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
