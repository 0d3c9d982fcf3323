namespace Jindong.Enterprises.Cli.Tests.Security;

/// <summary>
/// Text from outside cannot drive the terminal or forge log lines: control characters reach
/// `jindong audit` and the log file only as visible escapes.
/// </summary>
public sealed class ControlCharacterOutputTests : IAsyncDisposable
{
    private const string Escape = "\u001b[2J\u001b]0;pwned\u0007";

    private readonly JindongProcess jindong = new();
    private readonly string logs = Directory.CreateTempSubdirectory("jindong-logs-").FullName;

    [Fact]
    public void An_actor_holding_terminal_escapes_is_shown_escaped_by_jindong_audit()
    {
        var environment = new Dictionary<string, string> { ["JINDONG_USER"] = $"evil{Escape}\rforged", ["JINDONG_LOG_DIR"] = logs };
        Assert.Equal(0, jindong.RunWithEnvironment(environment, "target", "set", "9", "--to", "超20亿元", "--reason", "控制字符测试").ExitCode);

        var audit = jindong.Run("audit", "--firm", "9");

        Assert.Equal(0, audit.ExitCode);
        Assert.DoesNotContain('\u001b', audit.Stdout);
        Assert.DoesNotContain('\u0007', audit.Stdout);
        Assert.DoesNotContain('\r', audit.Stdout);
        Assert.Contains("evil\\u001B[2J", audit.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_a_line_break_cannot_forge_a_line_of_the_log()
    {
        var forged = Path.Combine(Path.GetTempPath(), "2024.csv\n2026-12-01 09:00:00.000 +08:00 [ERR] forged entry");
        var environment = new Dictionary<string, string> { ["JINDONG_LOG_DIR"] = logs };

        var refused = jindong.RunWithEnvironment(environment, "import", "figures", forged, "--year", "2024");

        Assert.Equal(2, refused.ExitCode);
        Assert.DoesNotContain('\n', refused.Stderr.TrimEnd());
        var log = string.Concat(Directory.GetFiles(logs).Select(File.ReadAllText));
        Assert.Contains("2024.csv\\u000A2026-12-01", log, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Split('\n'), line => line.StartsWith("2026-12-01 09:00:00.000", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await jindong.DisposeAsync();
        Directory.Delete(logs, recursive: true);
    }
}
