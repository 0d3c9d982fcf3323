using System.Text.Json;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>The audit trail: JSON as stored for scripts; for people, only the fields that changed.</summary>
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

        var table = Tables.New(CliText.ColumnAt, CliText.ColumnActor, CliText.ColumnCommand, CliText.ColumnFirm, CliText.ColumnReason, CliText.ColumnChange);
        foreach (var e in entries)
        {
            table.AddCells(Labels.Time(e.At), e.Actor, e.Command, e.EnterpriseId, e.Reason, Changes(e.Before, e.After));
        }

        Tables.Write(table);
    }

    /// <summary>"field: before → after" for each top-level field whose value differs.</summary>
    private static string Changes(string? before, string? after)
    {
        var old = Fields(before);
        var @new = Fields(after);
        var lines = @new.Keys.Union(old.Keys)
            .Where(key => key is not ("version" or "recordedAt" or "earlierVersions"))
            .Where(key => old.GetValueOrDefault(key) != @new.GetValueOrDefault(key))
            .Select(key => $"{key}: {old.GetValueOrDefault(key) ?? "∅"} → {@new.GetValueOrDefault(key) ?? "∅"}");
        return string.Join('\n', lines);
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind != JsonValueKind.Object
            ? new Dictionary<string, string?> { ["value"] = json }
            : document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
    }
}
