using System.Diagnostics;
using System.Text.Json;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Cli.Tests;

/// <summary>
/// `jindong users`: accounts managed at the terminal, passwords read from a prompt without echo
/// or from standard input, never from the command line; every change audited.
/// </summary>
public sealed class UsersCliTests : IAsyncDisposable
{
    private const string Password = "Jindong-test-pass-2026";
    private const string Other = "another-good-passphrase";

    private readonly JindongProcess jindong = new();

    [Fact]
    public async Task Accounts_are_added_listed_given_passwords_disabled_enabled_unlocked_and_given_roles_each_audited()
    {
        Assert.Equal(0, jindong.RunWithInput(Password + "\n", "users", "add", "--name", "admin", "--role", "admin", "--password-stdin").ExitCode);
        Assert.Equal(0, jindong.RunWithInput(Password + "\n", "users", "add", "--name", "xiaoshun", "--role", "township", "--township", "孝顺镇", "--password-stdin").ExitCode);

        Assert.Equal(0, jindong.RunWithInput(Other + "\n", "users", "passwd", "XIAOSHUN", "--password-stdin").ExitCode);
        Assert.True(await SignsInAsync("xiaoshun", Other));
        var reset = jindong.Run("users", "reset", "xiaoshun");
        Assert.Equal(0, reset.ExitCode);
        var generated = reset.Stdout.Trim().Split('\n')[^1].Trim();
        Assert.Equal(16, generated.Length);
        Assert.True(await SignsInAsync("xiaoshun", generated));

        Assert.Contains("已停用", jindong.Run("users", "disable", "xiaoshun").Stdout, StringComparison.Ordinal);
        Assert.False(await SignsInAsync("xiaoshun", generated));
        Assert.Equal(0, jindong.Run("users", "enable", "xiaoshun").ExitCode);
        Assert.Equal(0, jindong.Run("users", "unlock", "xiaoshun").ExitCode);
        Assert.Contains("江东镇", jindong.Run("users", "set-role", "xiaoshun", "--role", "township", "--township", "江东镇").Stdout, StringComparison.Ordinal);

        var accounts = jindong.Json("users", "list", "--format", "json");
        var officer = accounts.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "xiaoshun");
        Assert.Equal(("township", "江东镇", false), (officer.GetProperty("role").GetString(), officer.GetProperty("township").GetString(), officer.GetProperty("disabled").GetBoolean()));
        var commands = jindong.Json("audit", "--format", "json").EnumerateArray().Select(a => a.GetProperty("command").GetString()).Reverse().ToList();
        Assert.Equal(["CreateUser", "CreateUser", "SetUserPassword", "SetUserPassword", "DisableUser", "EnableUser", "UnlockUser", "SetUserRole"], commands.Where(c => c!.Contains("User", StringComparison.Ordinal)));
        Assert.DoesNotContain(generated, JsonSerializer.Serialize(jindong.Json("audit", "--format", "json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_is_never_taken_from_the_command_line_nor_from_redirected_input_without_password_stdin()
    {
        var onTheLine = jindong.Run("users", "add", "--name", "leader", "--role", "viewer", "--password", Password);
        var redirected = jindong.RunWithInput(Password + "\n", "users", "add", "--name", "leader", "--role", "viewer");
        var weak = jindong.RunWithInput("password1234\n", "users", "add", "--name", "leader", "--role", "viewer", "--password-stdin");

        Assert.Equal(2, onTheLine.ExitCode);
        Assert.Contains("--password", onTheLine.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, redirected.ExitCode);
        Assert.Contains("请加 --password-stdin", redirected.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("这个密码过于常见", weak.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, jindong.Json("users", "list", "--format", "json").GetArrayLength());
    }

    [Fact]
    public async Task At_a_terminal_the_password_is_typed_twice_and_never_shown()
    {
        var screen = await TypeAtTerminalAsync([Password, Password], "users", "add", "--name", "typist", "--role", "reviewer");

        Assert.Contains("新密码：", screen, StringComparison.Ordinal);
        Assert.Contains("已新建账户“typist”", screen, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, screen, StringComparison.Ordinal);
        Assert.True(await SignsInAsync("typist", Password));
        Assert.Contains("两次输入的密码不一致", await TypeAtTerminalAsync([Password, Other], "users", "passwd", "typist"), StringComparison.Ordinal);
        Assert.True(await SignsInAsync("typist", Password));
    }

    public async ValueTask DisposeAsync() => await jindong.DisposeAsync();

    /// <summary>Whether the web app's sign-in (the same command) accepts the password, checked in-process on the CLI's database.</summary>
    private async Task<bool> SignsInAsync(string name, string password)
    {
        await using var services = new ServiceCollection()
            .AddApplication()
            .AddInfrastructure(jindong.Database.Options)
            .AddSingleton<ICurrentUser>(new TestUser())
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SignIn(name, password))).Succeeded;
    }

    /// <summary>
    /// Runs jindong in a tmux terminal, types each line once the prompt for it is on the screen,
    /// and returns the screen when the command has ended.
    /// </summary>
    private async Task<string> TypeAtTerminalAsync(IReadOnlyList<string> lines, params string[] args)
    {
        var session = "jindong-" + Guid.NewGuid().ToString("N")[..12];
        var start = JindongCommand.StartInfo(jindong.Database.ConnectionString, Path.GetTempPath(), args);
        var command = "dotnet " + string.Join(' ', start.ArgumentList.Select(Quote)) + "; echo \"[exit $?]\"; sleep 600";
        Assert.Equal(0, Tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "50", "env", "JINDONG_USER=cli-test", "sh", "-c", command).ExitCode);
        try
        {
            var prompts = 0;
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline)
            {
                var screen = Tmux("capture-pane", "-p", "-t", session).Output;
                if (screen.Contains("[exit ", StringComparison.Ordinal))
                {
                    return screen;
                }

                if (prompts < lines.Count && Count(screen, "：") > prompts && screen.TrimEnd().EndsWith('：'))
                {
                    Tmux("send-keys", "-t", session, "-l", lines[prompts]);
                    Tmux("send-keys", "-t", session, "Enter");
                    prompts++;
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("jindong did not finish at the terminal:\n" + Tmux("capture-pane", "-p", "-t", session).Output);
        }
        finally
        {
            Tmux("kill-session", "-t", session);
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static (int ExitCode, string Output) Tmux(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
