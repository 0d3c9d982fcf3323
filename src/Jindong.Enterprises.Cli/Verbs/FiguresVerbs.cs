using System.CommandLine;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong figures record`.</summary>
internal static class FiguresVerbs
{
    public static Command Build()
    {
        var figures = new Command("figures", CliText.FiguresDescription);
        figures.Subcommands.Add(Record());
        return figures;
    }

    private static Command Record()
    {
        var firm = FirmArgument.Create();
        var year = new Option<int>("--year") { Description = CliText.YearOption, Required = true };
        var output = new Option<decimal>("--output") { Description = CliText.OutputOption, Required = true };
        var revenue = new Option<decimal?>("--revenue") { Description = CliText.RevenueOption };
        var tax = new Option<decimal?>("--tax") { Description = CliText.TaxOption };
        var valueAdded = new Option<decimal?>("--value-added") { Description = CliText.ValueAddedOption };
        var land = new Option<decimal?>("--land") { Description = CliText.LandOption };
        var employees = new Option<int?>("--employees") { Description = CliText.EmployeesOption };
        var rd = new Option<decimal?>("--rd") { Description = CliText.RdOption };
        var energy = new Option<decimal?>("--energy") { Description = CliText.EnergyOption };
        var emissions = new Option<decimal?>("--emissions") { Description = CliText.EmissionsOption };
        var command = new Command("record", CliText.FiguresRecordDescription) { firm, year, output, revenue, tax, valueAdded, land, employees, rd, energy, emissions };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var outcome = await mediator.Send(
                new RecordAnnualFigures(
                    id, parse.GetValue(year), parse.GetValue(output), parse.GetValue(revenue), parse.GetValue(tax), parse.GetValue(valueAdded),
                    parse.GetValue(land), parse.GetValue(employees), parse.GetValue(rd), parse.GetValue(energy), parse.GetValue(emissions)),
                token);
            var message = outcome.Kind switch
            {
                RecordKind.Added => CliText.FiguresAdded,
                RecordKind.Corrected => CliText.FiguresCorrected,
                _ => CliText.FiguresUnchanged,
            };
            Tables.Line(Labels.Format(message, parse.GetValue(year), outcome.Version, outcome.ImpliedTier));
            if (outcome.InitialTier is not null)
            {
                Tables.Line(Labels.Format(CliText.InitialTierSet, outcome.InitialTier));
            }
        }, ct));
        return command;
    }
}
