using System.CommandLine;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong target set`.</summary>
internal static class TargetVerbs
{
    public static Command Build()
    {
        var target = new Command("target", CliText.TargetDescription);
        var firm = FirmArgument.Create();
        var to = new Option<string>("--to") { Description = CliText.TargetToOption, Required = true };
        var reason = new Option<string>("--reason") { Description = CliText.ReasonOption, Required = true };
        var effective = EffectiveOption.Create();
        var set = new Command("set", CliText.TargetSetDescription) { firm, to, reason, effective };
        set.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var firmView = await mediator.Send(new SetCultivationTarget(id, parse.GetValue(to)!, parse.GetValue(reason)!, parse.GetValue(effective)), token);
            Tables.Line(Labels.Format(CliText.TargetSet, firmView.Target));
        }, ct));
        target.Subcommands.Add(set);
        return target;
    }
}
