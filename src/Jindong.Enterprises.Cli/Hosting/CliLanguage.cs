using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Hosting;

/// <summary>
/// What System.CommandLine prints itself, in the user's language: its help layout's headings, the
/// help option and defaults (its own translation leaves them English), and a value that does not
/// convert (its message names the .NET type, e.g. System.Nullable`1[System.Int32]).
/// </summary>
internal static partial class CliLanguage
{
    public static void Apply(RootCommand root) =>
        root.Options.OfType<HelpOption>().Single().Description = CliText.HelpOptionDescription;

    /// <summary>Writes the help System.CommandLine lays out, with the headings it leaves in English put in the user's language.</summary>
    public static int WriteHelp(ParseResult parse)
    {
        using var help = new StringWriter(CultureInfo.InvariantCulture);
        var exit = parse.Invoke(new InvocationConfiguration { Output = help });
        var text = help.ToString().Replace("Description:", CliText.HelpDescriptionHeading, StringComparison.Ordinal);
        Console.Out.Write(Default().Replace(text, m => Labels.Format(CliText.HelpDefault, m.Groups[1].Value)));
        return exit;
    }

    /// <summary>A parse error in words: a value that does not convert names the option and the kind of value wanted.</summary>
    public static string Message(ParseError error)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType, o.Tokens),
            ArgumentResult a => (a.Argument.Name, a.Argument.ValueType, a.Tokens),
            _ => (null, null, null),
        };
        if (name is null || type is null || tokens is not { Count: > 0 } || !error.Message.Contains(type.ToString(), StringComparison.Ordinal))
        {
            return error.Message;
        }

        var kind = Nullable.GetUnderlyingType(type) ?? type;
        var wanted = kind == typeof(int) || kind == typeof(long) ? CliText.ValueKindWhole
            : kind == typeof(decimal) || kind == typeof(double) ? CliText.ValueKindNumber
            : kind == typeof(bool) ? CliText.ValueKindFlag
            : kind.Name;
        return Labels.Format(CliText.ValueNotConverted, name, tokens[^1].Value, wanted);
    }

    [GeneratedRegex(@"\[default: ([^\]]*)\]")]
    private static partial Regex Default();
}
