using System.CommandLine;
using Jindong.Enterprises.Application.Parks;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong park set`: where a firm stands from a year on, for the 入园率.</summary>
internal static class ParkVerbs
{
    public static Command Build()
    {
        var park = new Command("park", CliText.ParkDescription);
        var firm = FirmArgument.Create();
        var year = new Option<int>("--year") { Description = CliText.ParkYearOption, Required = true };
        var platform = new Option<string?>("--platform") { Description = CliText.ParkPlatformOption };
        var microPark = new Option<string?>("--micro-park") { Description = CliText.ParkMicroParkOption };
        var other = new Option<string?>("--park") { Description = CliText.ParkOtherOption };
        var outside = new Option<bool>("--outside") { Description = CliText.ParkOutsideOption };
        var reason = new Option<string?>("--reason") { Description = CliText.ReasonOption };
        var set = new Command("set", CliText.ParkSetDescription) { firm, year, platform, microPark, other, outside, reason };
        set.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var view = await mediator.Send(
                new SetParkPlace(id, parse.GetValue(year), parse.GetValue(platform), parse.GetValue(microPark), parse.GetValue(other), parse.GetValue(outside), parse.GetValue(reason)),
                token);
            Tables.Line(Labels.Format(CliText.ParkSet, view.Year, Application.Common.Codes.Label("park", view.Place), view.Park));
        }, ct));
        park.Subcommands.Add(set);
        return park;
    }
}
