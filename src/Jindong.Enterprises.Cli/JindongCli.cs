using System.CommandLine;
using System.Globalization;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;
using Jindong.Enterprises.Cli.Verbs;

namespace Jindong.Enterprises.Cli;

/// <summary>The `jindong` command line: verbs translate arguments into commands, nothing more.</summary>
public static class JindongCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        UseLanguage(args);
        var root = new RootCommand(CliText.RootDescription);
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Lang);
        root.Subcommands.Add(FirmsVerbs.Build());
        root.Subcommands.Add(FiguresVerbs.Build());
        root.Subcommands.Add(TierVerbs.Build());
        root.Subcommands.Add(TargetVerbs.Build());
        root.Subcommands.Add(AuditVerbs.Build());
        root.Subcommands.Add(DbVerbs.Build());
        root.Subcommands.Add(ImportVerbs.Build());
        root.Subcommands.Add(ExportVerbs.Build());
        root.Subcommands.Add(ReviewVerbs.Build());
        root.Subcommands.Add(ReportVerbs.Build());
        root.Subcommands.Add(EfficiencyVerbs.Build());
        root.Subcommands.Add(PlanVerbs.Build());
        root.Subcommands.Add(ParkVerbs.Build());
        root.Subcommands.Add(DesignationVerbs.Build());
        root.Subcommands.Add(WatchVerbs.Build());
        root.Subcommands.Add(UsersVerbs.Build());

        CliLanguage.Apply(root);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            return CliErrors.ReportArgumentErrors(parse.Errors.Select(CliLanguage.Message));
        }

        return parse.Action is System.CommandLine.Help.HelpAction ? CliLanguage.WriteHelp(parse) : await parse.InvokeAsync();
    }

    /// <summary>Chinese unless --lang en or JINDONG_LANG=en asks for English; read before parsing so help text follows it.</summary>
    private static void UseLanguage(string[] args)
    {
        var index = Array.IndexOf(args, "--lang");
        var requested = index >= 0 && index + 1 < args.Length ? args[index + 1] : Environment.GetEnvironmentVariable("JINDONG_LANG");
        var culture = CultureInfo.GetCultureInfo(string.Equals(requested, "en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh-CN");
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
    }
}
