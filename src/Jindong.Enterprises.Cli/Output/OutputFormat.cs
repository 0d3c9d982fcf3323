using System.CommandLine;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>The --format option: a table for people, CSV and JSON for spreadsheets and scripts.</summary>
internal static class OutputFormat
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Json = "json";

    public static Option<string> Option(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = CliText.FormatOption, DefaultValueFactory = _ => Table };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
