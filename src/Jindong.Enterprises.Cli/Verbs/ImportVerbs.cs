using System.CommandLine;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;
using MediatR;
using Spectre.Console;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong import figures`.</summary>
internal static class ImportVerbs
{
    /// <summary>How often a plain progress line is printed when output is redirected.</summary>
    private const int PlainLineEvery = 100_000;

    public static Command Build()
    {
        var import = new Command("import", CliText.ImportDescription);
        import.Subcommands.Add(Figures());
        return import;
    }

    private static Command Figures()
    {
        var file = new Argument<string>("file") { Description = CliText.ImportFileArgument };
        var year = new Option<int>("--year") { Description = CliText.ImportYearOption, Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = CliText.ImportDryRunOption };
        var sheet = new Option<string?>("--sheet") { Description = CliText.ImportSheetOption };
        var errors = new Option<string?>("--errors") { Description = CliText.ImportErrorsOption };
        var registerUnknown = new Option<bool>("--register-unknown") { Description = CliText.ImportRegisterUnknownOption };
        var format = OutputFormat.Option(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("figures", CliText.ImportFiguresDescription) { file, year, dryRun, sheet, errors, registerUnknown, format };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var request = new ImportAnnualFigures(
                parse.GetValue(file)!, parse.GetValue(year), parse.GetValue(dryRun), parse.GetValue(sheet), parse.GetValue(registerUnknown), parse.GetValue(errors));
            ImportOutcome outcome;
            try
            {
                outcome = Console.IsOutputRedirected
                    ? await mediator.Send(request with { Progress = new PlainProgress() }, token)
                    : await WithProgressBarAsync(mediator, request, token);
            }
            catch (InputValidationException)
            {
                if (request.ErrorReport is { } report && File.Exists(report))
                {
                    CliErrors.Error(Labels.Format(CliText.ImportErrorsWritten, report));
                }

                throw;
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(outcome);
                return;
            }

            Report(outcome);
        }, ct));
        return command;
    }

    private static async Task<ImportOutcome> WithProgressBarAsync(IMediator mediator, ImportAnnualFigures request, CancellationToken ct)
    {
        ImportOutcome? outcome = null;
        await AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(Labels.Format(CliText.ImportReading, Path.GetFileName(request.FileName))), maxValue: 100);
                outcome = await mediator.Send(request with { Progress = new BarProgress(task) }, ct);
                task.Value = 100;
            });
        return outcome!;
    }

    private static void Report(ImportOutcome outcome)
    {
        Tables.Line(Labels.Format(CliText.ImportDetected, outcome.Format, outcome.Rows, outcome.UnitsRow ? CliText.ImportUnitsRowNote : string.Empty));
        if (outcome.UnknownColumns.Count > 0)
        {
            Tables.Line(Labels.Format(CliText.ImportUnknownColumns, string.Join("、", outcome.UnknownColumns)));
        }

        if (outcome.Skipped.Count > 0)
        {
            Tables.Line(SkippedRow.Heading(outcome.Skipped.Count));
            foreach (var skipped in outcome.Skipped)
            {
                Tables.Line("  " + skipped.Text);
            }
        }

        var table = Tables.New(CliText.ImportColumnItem, CliText.ImportColumnRows);
        table.AddCells(CliText.ImportAdded, outcome.Added);
        table.AddCells(CliText.ImportCorrected, outcome.Corrected);
        table.AddCells(CliText.ImportUnchanged, outcome.Unchanged);
        table.AddCells(CliText.ImportRegistered, outcome.Registered);
        if (outcome.CreditCodesRecorded > 0)
        {
            table.AddCells(CliText.ImportCreditCodes, outcome.CreditCodesRecorded);
        }
        if (!outcome.DryRun)
        {
            table.AddCells(CliText.ImportInitialTiers, outcome.InitialTierMoves);
        }

        Tables.Write(table);
        if (outcome.Changes.Count > 0)
        {
            var changes = Tables.New(CliText.ImportColumnRow, CliText.ColumnName, CliText.ImportColumnMeasure, CliText.ImportColumnBefore, CliText.ImportColumnAfter);
            foreach (var change in outcome.Changes)
            {
                foreach (var measure in change.Measures)
                {
                    changes.AddCells(change.Row, change.Name, measure.Measure.Label(), Labels.Amount(measure.Before), Labels.Amount(measure.After));
                }
            }

            Tables.Write(changes);
            if (outcome.ChangesNotListed > 0)
            {
                Tables.Line(Labels.Format(CliText.ImportChangesNotListed, outcome.ChangesNotListed));
            }
        }

        Tables.Line(
            outcome.DryRun ? CliText.ImportDryRunNote
            : outcome.ChangesNothing ? Labels.Format(CliText.ImportNothingChanged, outcome.Year)
            : Labels.Format(CliText.ImportDone, outcome.Year));
    }

    /// <summary>Moves the bar as the file is read; the last stage (comparing and writing) shows as a full bar.</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Stage == ImportStage.Writing)
            {
                task.Description = Markup.Escape(CliText.ImportWriting);
                task.IsIndeterminate = true;
                return;
            }

            task.Value = Math.Min(99, value.Fraction * 100);
        }
    }

    /// <summary>One line per <see cref="PlainLineEvery"/> rows, for logs and pipes.</summary>
    private sealed class PlainProgress : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Stage == ImportStage.Writing)
            {
                Tables.Line(Labels.Format(CliText.ImportWritingLine, value.Rows));
            }
            else if (value.Rows % PlainLineEvery == 0)
            {
                Tables.Line(Labels.Format(CliText.ImportProgressLine, value.Rows));
            }
        }
    }
}
