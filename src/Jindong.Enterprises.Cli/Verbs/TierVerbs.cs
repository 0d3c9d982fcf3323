using System.CommandLine;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong tier move`.</summary>
internal static class TierVerbs
{
    public static Command Build()
    {
        var tier = new Command("tier", CliText.TierDescription);
        var firm = FirmArgument.Create();
        var to = new Option<string>("--to") { Description = CliText.ToOption, Required = true };
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var reason = new Option<string>("--reason") { Description = CliText.ReasonOption, Required = true };
        var @override = new Option<bool>("--override") { Description = CliText.OverrideOption };
        var move = new Command("move", CliText.TierMoveDescription) { firm, to, year, reason, @override };
        move.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var moved = await mediator.Send(new MoveTier(id, parse.GetValue(to)!, parse.GetValue(year), parse.GetValue(reason)!, parse.GetValue(@override)), token);
            Tables.Line(Labels.Format(CliText.TierMoved, Labels.OrUnknown(moved.From), moved.To, Labels.Kind(moved.Kind)));
        }, ct));
        tier.Subcommands.Add(move);
        return tier;
    }
}
