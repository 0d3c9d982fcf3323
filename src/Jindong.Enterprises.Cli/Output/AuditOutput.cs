using System.Globalization;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>The audit trail: JSON for scripts (as stored, with the changes read out); for people, the fields that changed by their labels.</summary>
internal static class AuditOutput
{
    public static void Write(IReadOnlyList<AuditView> entries, string format)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(entries);
            return;
        }

        WriteTable(entries);
    }

    public static void WriteTable(IReadOnlyList<AuditView> entries)
    {
        if (entries.Count == 0)
        {
            Tables.Line(CliText.NoEntries);
            return;
        }

        var table = Tables.New(CliText.ColumnAt, CliText.ColumnActor, CliText.ColumnCommand, CliText.ColumnFirm, CliText.ColumnSource, CliText.ColumnReason, CliText.ColumnChange);
        foreach (var e in entries)
        {
            table.AddCells(Labels.Time(e.At), e.Actor, e.CommandLabel, e.EnterpriseName ?? e.EnterpriseId?.ToString(CultureInfo.InvariantCulture), e.SourceLabel, e.Reason, Changes(e.Changes));
        }

        Tables.Write(table);
    }

    /// <summary>"label: before → after", one line per field that changed.</summary>
    public static string Changes(IReadOnlyList<AuditChange> changes) =>
        string.Join('\n', changes.Select(c => $"{c.Label}: {c.Before ?? TableCells.Empty} → {c.After ?? TableCells.Empty}"));
}
