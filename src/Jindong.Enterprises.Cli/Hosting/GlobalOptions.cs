using System.CommandLine;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Hosting;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db") { Description = CliText.DbOption, Recursive = true };

    public static readonly Option<string> Lang = new("--lang")
    {
        Description = CliText.LangOption,
        Recursive = true,
        DefaultValueFactory = _ => "zh-CN",
    };

    static GlobalOptions() => Lang.AcceptOnlyFromAmong("zh-CN", "en");

    /// <summary>--db, else JINDONG_DB, else ./jindong.db.</summary>
    public static string DatabaseOf(ParseResult parse) =>
        parse.GetValue(Db) is { Length: > 0 } db ? db
        : Environment.GetEnvironmentVariable("JINDONG_DB") is { Length: > 0 } env ? env
        : Infrastructure.Persistence.DatabaseOptions.DefaultSqliteFile;
}
