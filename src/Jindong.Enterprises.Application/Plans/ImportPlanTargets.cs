using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using MediatR;

namespace Jindong.Enterprises.Application.Plans;

/// <summary>
/// Sets a plan's targets from a file in the <see cref="PlanTargetsFile"/> layout (.xlsx, or CSV in
/// UTF-8 or GBK), all or nothing: any bad row refuses the whole file with every bad cell (row,
/// column, value, reason). Each row is set as `plan target set` sets it, and audited so.
/// </summary>
[Requires(Permission.Administer)]
public sealed record ImportPlanTargets(string Plan, string FileName) : ICommand<PlanTargetsImported>
{
    /// <summary>The file's bytes when they do not come from <see cref="FileName"/> (an upload).</summary>
    public Stream? Content { get; init; }
}

public sealed record PlanTargetsImported(string Plan, string File, int Rows, int Added, int Changed, int Unchanged);

/// <summary>One row of a targets file as the target fields.</summary>
internal sealed record TargetRow(int Number, string Target) : TargetFieldValues(Target);

internal sealed class ImportPlanTargetsValidator : AbstractValidator<ImportPlanTargets>
{
    public ImportPlanTargetsValidator()
    {
        RuleFor(c => c.Plan!).RequiredText(PlanPeriod.CodeMaxLength, () => Messages.FieldPlan);
        RuleFor(c => c.FileName).Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage(_ => Messages.ImportFileRequired);
    }
}

internal sealed class ImportPlanTargetsHandler(IApplicationDbContext db, ITabularReader reader, PlanTargetWriter writer, AuditTrail audit)
    : IRequestHandler<ImportPlanTargets, PlanTargetsImported>
{
    public async Task<PlanTargetsImported> Handle(ImportPlanTargets command, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(command.Plan, nameof(command.Plan), cancellationToken, tracked: true);
        plan.EnsureOpen();
        var fileName = Path.GetFileName(command.FileName);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rows = Read(command, fileName, errors);

        var validator = new TargetFieldsValidator();
        var townships = new Dictionary<int, int?>();
        var keys = new HashSet<(string, int?, int?)>();
        foreach (var row in rows)
        {
            foreach (var failure in (await validator.ValidateAsync(row, cancellationToken)).Errors)
            {
                Add(errors, row.Number, HeaderOf(failure.PropertyName), failure.ErrorMessage);
            }

            try
            {
                PlanTargetWriter.EnsureYearInPlan(plan, row.Year, HeaderOf(nameof(ITargetFields.Year)));
                townships[row.Number] = await writer.TownshipAsync(row.Township, HeaderOf(nameof(ITargetFields.Township)), cancellationToken);
            }
            catch (InputValidationException invalid)
            {
                foreach (var (field, messages) in invalid.Errors)
                {
                    messages.ToList().ForEach(m => Add(errors, row.Number, field, m));
                }
            }

            // A row whose year or township was refused has no scope to compare, so it is not also called a duplicate.
            var key = (row.Name ?? row.Tier ?? row.Indicator ?? row.Count ?? string.Empty, townships.GetValueOrDefault(row.Number), row.Year);
            if (townships.ContainsKey(row.Number) && !keys.Add(key))
            {
                Add(errors, row.Number, HeaderOf(nameof(ITargetFields.Name)), Messages.PlanTargetDuplicateRow);
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors[Messages.ImportFileField] = [Messages.ImportNoRows];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var changes = new List<TargetChange>(rows.Count);
        foreach (var row in rows)
        {
            var reason = string.Format(CultureInfo.CurrentCulture, Messages.PlanTargetsImportReason, fileName, row.Number);
            changes.Add((await writer.SetAsync(plan, row, townships[row.Number], reason, cancellationToken)).Change);
        }

        int Counted(TargetChange change) => changes.Count(c => c == change);
        var (added, changed, unchanged) = (Counted(TargetChange.Added), Counted(TargetChange.Changed), Counted(TargetChange.Unchanged));
        var outcome = new PlanTargetsImported(plan.Code, fileName, rows.Count, added, changed, unchanged);
        audit.Record(null, null, outcome);
        Serilog.Log.Information("Imported {Rows} targets of plan {Plan} from {File}", rows.Count, plan.Code, fileName);
        return outcome;
    }

    private static string HeaderOf(string property) =>
        PlanTargetsFile.Columns.FirstOrDefault(c => string.Equals(c.Key, property, StringComparison.OrdinalIgnoreCase))?.Header ?? property;

    private static void Add(Dictionary<string, List<string>> errors, int row, string column, string message)
    {
        var key = string.Format(CultureInfo.CurrentCulture, Messages.ImportRowField, row, column);
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        // The message names its cell as well, as the figures import's do: the CLI prints messages, not keys.
        list.Add($"{key}：{message}");
    }

    private List<TargetRow> Read(ImportPlanTargets command, string fileName, Dictionary<string, List<string>> errors)
    {
        using var opened = command.Content is null ? FileColumns.Open(command.FileName) : null;
        try
        {
            using var file = reader.Open(command.Content ?? opened!, fileName, null);
            var rows = new List<TargetRow>();
            Dictionary<string, int>? columns = null;
            foreach (var row in file.ReadRows())
            {
                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = FileColumns.Find(row, PlanTargetsFile.Columns);
                    if (!columns.ContainsKey("target") || !(columns.ContainsKey("tier") || columns.ContainsKey("indicator") || columns.ContainsKey("count")))
                    {
                        errors[Messages.ImportFileField] = [string.Format(CultureInfo.CurrentCulture, Messages.PlanTargetsFileHeader, string.Join("、", PlanTargetsFile.Headers))];
                        return [];
                    }

                    continue;
                }

                string? Cell(string key) => columns.TryGetValue(key, out var i) && i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i]!.Trim() : null;
                int? year = null;
                if (Cell("year") is { } yearText)
                {
                    if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                    {
                        year = parsed;
                    }
                    else
                    {
                        Add(errors, row.Number, HeaderOf("year"), string.Format(CultureInfo.CurrentCulture, Messages.PlanYearNotANumber, yearText));
                    }
                }

                rows.Add(new TargetRow(row.Number, Cell("target") ?? string.Empty)
                {
                    Tier = Cell("tier"),
                    Indicator = Cell("indicator"),
                    Count = Cell("count"),
                    Base = Cell("base"),
                    Unit = Cell("unit"),
                    Nature = Cell("nature"),
                    Category = Cell("category"),
                    Name = Cell("name"),
                    Township = Cell("township"),
                    Year = year,
                    Source = Cell("source"),
                });
            }

            if (columns is null)
            {
                errors[Messages.ImportFileField] = [Messages.ImportFileEmpty];
            }

            return rows;
        }
        catch (UnreadableFileException exception)
        {
            throw new InputValidationException(Messages.ImportFileField, string.Format(CultureInfo.CurrentCulture, Messages.ImportFileUnreadable, fileName, exception.Message));
        }
    }
}
