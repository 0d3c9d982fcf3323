using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Domain.Designations;
using Jindong.Enterprises.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// Imports an announcement list (a year's 高企 list, a 隐形冠军 announcement) in the
/// <see cref="DesignationsFile"/> layout, all or nothing: any bad row refuses the whole file with every
/// bad cell (row, column, value, reason). Firms are matched as the figures import matches them. A row
/// whose firm already has the kind for the year adds nothing, so the same list imported twice changes
/// nothing. Each grant is audited on its firm as `designations grant` audits it.
/// </summary>
/// <param name="Kind">The kind of every row, for a list without a 认定类型 column.</param>
/// <param name="Year">The year of every row, for a list without a 认定年度 column.</param>
[Requires(Permission.ChangeFirms)]
public sealed record ImportDesignations(string FileName, string? Kind = null, int? Year = null, string? Level = null, bool DryRun = false) : ICommand<DesignationsImported>
{
    /// <summary>The file's bytes when they do not come from <see cref="FileName"/> (an upload).</summary>
    public Stream? Content { get; init; }
}

public sealed record DesignationsImported(string File, int Rows, int Added, int Unchanged, bool DryRun);

internal sealed class ImportDesignationsValidator : AbstractValidator<ImportDesignations>
{
    public ImportDesignationsValidator(TimeProvider clock)
    {
        RuleFor(c => c.FileName).Must(f => !string.IsNullOrWhiteSpace(f)).WithMessage(_ => Messages.ImportFileRequired);
        RuleFor(c => c.Year!.Value).GrantYear(clock).When(c => c.Year is not null).OverridePropertyName(nameof(ImportDesignations.Year));
    }
}

internal sealed class ImportDesignationsHandler(IApplicationDbContext db, ICurrentUser user, ITabularReader reader, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<ImportDesignations, DesignationsImported>
{
    private sealed record Row(int Number, int EnterpriseId, DesignationKind Kind, int Year, DesignationDetails Details);

    public async Task<DesignationsImported> Handle(ImportDesignations command, CancellationToken cancellationToken)
    {
        var fileName = ImportFileName.Clean(command.FileName);
        audit.FromFile(fileName);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var cells = Read(command, fileName, errors);
        var kinds = await db.KindsAsync(cancellationToken);
        var firms = await FirmIndex.LoadAsync(db, cancellationToken);
        var rows = new List<Row>();
        var seen = new Dictionary<(int, int, int), int>();
        foreach (var (number, cell) in cells)
        {
            if (Parse(command, number, cell, kinds, firms, errors) is not { } row)
            {
                continue;
            }

            if (seen.TryGetValue((row.EnterpriseId, row.Kind.Id, row.Year), out var first))
            {
                Add(errors, number, HeaderOf("name"), string.Format(CultureInfo.CurrentCulture, Messages.DesignationImportDuplicateRow, first));
                continue;
            }

            seen[(row.EnterpriseId, row.Kind.Id, row.Year)] = number;
            rows.Add(row);
        }

        if (cells.Count == 0 && errors.Count == 0)
        {
            errors[Messages.ImportFileField] = [Messages.ImportNoRows];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var existing = (await db.Designations.AsNoTracking().Select(d => new { d.EnterpriseId, d.KindId, d.Year }).ToListAsync(cancellationToken))
            .Select(d => (d.EnterpriseId, d.KindId, d.Year)).ToHashSet();
        var added = rows.Where(r => !existing.Contains((r.EnterpriseId, r.Kind.Id, r.Year))).ToList();
        var outcome = new DesignationsImported(fileName, rows.Count, added.Count, rows.Count - added.Count, command.DryRun);
        if (command.DryRun || added.Count == 0)
        {
            return outcome;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var grants = new List<(Designation Grant, DesignationKind Kind, int Row)>();
        foreach (var row in added)
        {
            await db.LockEnterpriseAsync(row.EnterpriseId, cancellationToken);
            try
            {
                var details = row.Details with { Source = row.Details.Source ?? fileName };
                grants.Add((Designation.Grant(row.EnterpriseId, row.Kind, row.Year, details, now), row.Kind, row.Number));
            }
            catch (DomainRuleException rule)
            {
                Add(errors, row.Number, HeaderOf("kind"), RuleMessages.For(rule));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        db.Designations.AddRange(grants.Select(g => g.Grant));
        await db.SaveChangesAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        foreach (var (grant, kind, _) in grants)
        {
            audit.Record(grant.EnterpriseId, null, DesignationView.Of(grant, kind, today).Audit());
        }

        audit.Record(null, null, new { outcome.File, outcome.Rows, outcome.Added, outcome.Unchanged });
        Serilog.Log.Information("Imported {Added} designations from {File} ({Rows} rows)", added.Count, fileName, rows.Count);
        return outcome;
    }

    private Row? Parse(ImportDesignations command, int number, Func<string, string?> cell, IReadOnlyList<DesignationKind> kinds, FirmIndex firms, Dictionary<string, List<string>> errors)
    {
        var failed = false;
        void Fail(string column, string? value, string reason)
        {
            failed = true;
            Add(errors, number, HeaderOf(column), value is null ? reason : string.Format(CultureInfo.CurrentCulture, Messages.DesignationImportCell, value, reason));
        }

        var name = cell("name");
        var code = cell("creditCode") is { } c ? UnifiedSocialCreditCode.Normalize(c) : null;
        FirmKey? firm = null;
        if (name is null && code is null)
        {
            Fail("name", null, Messages.DesignationImportFirmRequired);
        }
        else
        {
            var match = firms.Match(name, code, user);
            switch (match.Problem)
            {
                case FirmMatchProblem.None:
                    firm = match.Firm;
                    break;
                case FirmMatchProblem.NameAndCodeDisagree:
                    Fail("creditCode", code, Messages.ImportNameAndCodeDisagree);
                    break;
                case FirmMatchProblem.OtherCode:
                    Fail("creditCode", code, string.Format(CultureInfo.CurrentCulture, Messages.ImportCodeMismatch, match.Firm!.Name, match.Firm.CreditCode));
                    break;
                default:
                    Fail(name is null ? "creditCode" : "name", name ?? code, Messages.DesignationImportFirmNotFound);
                    break;
            }
        }

        var kindText = cell("kind") ?? command.Kind;
        DesignationKind? kind = null;
        if (kindText is null)
        {
            Fail("kind", null, Messages.DesignationImportKindRequired);
        }
        else if ((kind = DesignationKindLookup.Resolve(kinds, kindText, cell("level") ?? command.Level, out var problem)) is null)
        {
            Fail("kind", kindText, problem!);
        }

        int year = 0;
        var yearText = cell("year");
        if (yearText is null && command.Year is null)
        {
            Fail("year", null, Messages.DesignationImportYearRequired);
        }
        else if (yearText is not null && !(int.TryParse(yearText.TrimEnd('年'), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= Years.First && year <= ChinaTime.CurrentYear(clock)))
        {
            Fail("year", yearText, string.Format(CultureInfo.CurrentCulture, Messages.DesignationImportYearInvalid, Years.First, ChinaTime.CurrentYear(clock)));
        }
        else if (yearText is null)
        {
            year = command.Year!.Value;
        }

        DateOnly? validTo = null;
        if (cell("validTo") is { } validText)
        {
            if (DateOnly.TryParse(validText.Replace('/', '-').Replace('.', '-'), CultureInfo.InvariantCulture, out var parsed))
            {
                validTo = parsed;
            }
            else
            {
                Fail("validTo", validText, Messages.DesignationImportDateInvalid);
            }
        }

        var details = new DesignationDetails(cell("number"), cell("board"), validTo, cell("announcement"));
        foreach (var (column, text, max) in new[] { ("number", details.Number, Designation.NumberMaxLength), ("board", details.Board, Designation.BoardMaxLength), ("announcement", details.Source, Designation.SourceMaxLength) })
        {
            if (text is not null && text.Length > max)
            {
                Fail(column, null, string.Format(CultureInfo.CurrentCulture, Messages.PlanTextTooLong, HeaderOf(column), max));
            }
        }

        return failed ? null : new Row(number, firm!.Id, kind!, year, details);
    }

    private static string HeaderOf(string key) => DesignationsFile.Columns.First(c => c.Key == key).Header;

    private static void Add(Dictionary<string, List<string>> errors, int row, string column, string message)
    {
        var key = string.Format(CultureInfo.CurrentCulture, Messages.ImportRowField, row, column);
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        // The message names its cell as well, as the other imports' do: the CLI prints messages, not keys.
        list.Add($"{key}：{message}");
    }

    /// <summary>The data rows as cell readers by column key, after the header (the first line that names a firm column).</summary>
    private List<(int Number, Func<string, string?> Cell)> Read(ImportDesignations command, string fileName, Dictionary<string, List<string>> errors)
    {
        using var opened = command.Content is null ? FileColumns.Open(command.FileName) : null;
        try
        {
            using var file = reader.Open(command.Content ?? opened!, fileName, null);
            var rows = new List<(int, Func<string, string?>)>();
            Dictionary<string, int>? columns = null;
            foreach (var row in file.ReadRows())
            {
                if (row.Cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (columns is null)
                {
                    var header = FileColumns.Find(row, DesignationsFile.Columns);
                    if (header.ContainsKey("name") || header.ContainsKey("creditCode"))
                    {
                        columns = header;
                    }

                    // Announcements open with a title line or two: the header is the first line naming a firm column.
                    continue;
                }

                var cells = row.Cells;
                var map = columns;
                rows.Add((row.Number, key => map.TryGetValue(key, out var i) && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null));
            }

            if (columns is null)
            {
                errors[Messages.ImportFileField] = [string.Format(CultureInfo.CurrentCulture, Messages.DesignationImportHeader, string.Join("、", DesignationsFile.Headers))];
            }

            return rows;
        }
        catch (UnreadableFileException exception)
        {
            throw new InputValidationException(Messages.ImportFileField, string.Format(CultureInfo.CurrentCulture, Messages.ImportFileUnreadable, fileName, exception.Message));
        }
    }
}
