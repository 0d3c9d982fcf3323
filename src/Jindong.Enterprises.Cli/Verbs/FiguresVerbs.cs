using System.CommandLine;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;
using Jindong.Enterprises.Domain.Figures;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong figures record`: one option per measure of the field table, and --clear.</summary>
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
        var measures = Measures.All.Select(m => new Option<string?>(m.Measure.Option()) { Description = m.Measure.LabelWithUnit() }).ToList();
        var clear = new Option<string?>("--clear") { Description = Labels.Format(CliText.ClearOption, string.Join(",", Measures.All.Select(m => m.Measure.Key()))) };
        var command = new Command("record", CliText.FiguresRecordDescription) { firm, year, clear };
        measures.ForEach(command.Options.Add);
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var changes = Changes(parse, measures, parse.GetValue(clear));
            var id = await mediator.ResolveAsync(parse.GetValue(firm)!, token);
            var outcome = await mediator.Send(new RecordAnnualFigures(id, parse.GetValue(year), changes), token);
            var message = outcome.Kind switch
            {
                RecordKind.Added => CliText.FiguresAdded,
                RecordKind.Corrected => CliText.FiguresCorrected,
                _ => CliText.FiguresUnchanged,
            };
            Tables.Line(Labels.Format(message, parse.GetValue(year), outcome.Version, outcome.ImpliedTier));
            foreach (var change in outcome.Changed)
            {
                Tables.Line(Labels.Format(CliText.MeasureChanged, change.Measure.Label(), Labels.Amount(change.Before), Labels.Amount(change.After)));
            }

            if (outcome.InitialTier is not null)
            {
                Tables.Line(Labels.Format(CliText.InitialTierSet, outcome.InitialTier));
            }
        }, ct));
        return command;
    }

    /// <summary>The options given (and only those), read as every edge reads a number; --clear's measures cleared.</summary>
    private static FigureChanges Changes(ParseResult parse, List<Option<string?>> options, string? clear)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var changes = new Dictionary<Measure, decimal?>();
        foreach (var (measure, option) in Measures.All.Zip(options))
        {
            if (parse.GetValue(option) is not { } text)
            {
                continue;
            }

            if (AmountText.TryParse(text, out var value))
            {
                changes[measure.Measure] = value;
            }
            else
            {
                errors[option.Name] = [Labels.Format(CliText.NotANumber, option.Name, text)];
            }
        }

        foreach (var key in (clear ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!MeasureFields.TryParseKey(key, out var measure))
            {
                errors["--clear"] = [Labels.Format(CliText.ClearUnknown, key, string.Join(",", Measures.All.Select(m => m.Measure.Key())))];
            }
            else if (changes.ContainsKey(measure))
            {
                errors["--clear"] = [Labels.Format(CliText.ClearAndSet, key)];
            }
            else
            {
                changes[measure] = null;
            }
        }

        return errors.Count > 0 ? throw new InputValidationException(errors) : FigureChanges.Of(changes);
    }
}
