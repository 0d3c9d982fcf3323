using System.CommandLine;
using Jindong.Enterprises.Cli.Resources;
using Jindong.Enterprises.Infrastructure.Persistence;

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

    /// <summary>
    /// --db, else JINDONG_DB, else the configuration variable Database__ConnectionString, else
    /// ./jindong.db; Database__Provider (Sqlite or Postgres) names the engine, else the connection
    /// string decides.
    /// </summary>
    public static DatabaseOptions DatabaseOf(ParseResult parse) => new()
    {
        ConnectionString = parse.GetValue(Db) is { Length: > 0 } db ? db
            : Environment.GetEnvironmentVariable("JINDONG_DB") is { Length: > 0 } env ? env
            : Environment.GetEnvironmentVariable("Database__ConnectionString") is { Length: > 0 } configured ? configured
            : DatabaseOptions.DefaultSqliteFile,
        Provider = Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("Database__Provider"), ignoreCase: true, out var provider) ? provider : null,
    };
}
