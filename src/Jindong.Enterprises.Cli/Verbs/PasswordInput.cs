using System.CommandLine;
using System.Text;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>
/// Where the CLI takes a new password from — never the command line, where the shell's history and
/// the process list would keep it: typed twice at the terminal without echo, or one line of
/// standard input with --password-stdin (for scripts).
/// </summary>
internal static class PasswordInput
{
    public static Option<bool> StdinOption() => new("--password-stdin") { Description = CliText.UserPasswordOption };

    /// <summary>The password; a refusal (exit code 2) when there is none to read.</summary>
    public static string ReadNew(bool fromStdin)
    {
        if (fromStdin)
        {
            return Console.In.ReadLine()?.TrimEnd('\r') ?? throw Refuse(CliText.PasswordStdinEmpty);
        }

        if (Console.IsInputRedirected)
        {
            throw Refuse(CliText.PasswordNeedsTerminal);
        }

        var password = Prompt(CliText.PasswordPrompt);
        return Prompt(CliText.PasswordPromptAgain) == password ? password : throw Refuse(CliText.PasswordsDiffer);
    }

    /// <summary>Reads one line at the terminal, showing nothing of it; the prompt goes to stderr so stdout stays the command's output.</summary>
    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var typed = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }

    private static InputValidationException Refuse(string message) => new("Password", message);
}
