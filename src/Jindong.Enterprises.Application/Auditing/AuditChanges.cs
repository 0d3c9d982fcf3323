using System.Globalization;
using System.Text.Json;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Auditing;

namespace Jindong.Enterprises.Application.Auditing;

/// <summary>One field of an audited change in the user's language: 工业总产值（万元）: 5,000 → 52,000. Null: not set.</summary>
public sealed record AuditChange(string Field, string Label, string? Before, string? After);

/// <summary>
/// Reads an audit entry's stored before/after JSON back as a clerk reads it: the fields that
/// changed, by their labels (measures from <see cref="MeasureFields"/>, the rest from DisplayText),
/// with codes in words (<see cref="Codes"/>), numbers, flags and times formatted like the tables.
/// The CLI, the API and the web pages all show entries through here.
/// </summary>
public static class AuditChanges
{
    /// <summary>Bookkeeping a clerk does not read: row ids, version counters, the recording's own stamp.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "id", "enterpriseId", "version", "recordedAt", "recordedBy", "earlierVersions", "total" };

    /// <summary>The fields whose values are codes, and the <see cref="Codes"/> groups that word them (the first that knows a code wins).</summary>
    private static readonly Dictionary<string, string[]> CodeGroups = new(StringComparer.Ordinal)
    {
        ["status"] = ["status", "review"],
        ["kind"] = ["kind", "proposal", "plan-kind", "target-kind"],
        ["targetStatus"] = ["target"],
        ["source"] = ["source"],
        ["outcome"] = ["outcome"],
        ["role"] = ["role"],
        ["segmentSource"] = ["segment-source"],
        ["place"] = ["park"],
        ["comparison"] = ["comparison"],
        ["decision"] = ["decision", "objection"],
        ["flagStatus"] = ["flag"],
        ["caseStatus"] = ["case"],
        ["evaluationStatus"] = ["evaluation"],
        ["population"] = ["population"],
        ["exemption"] = ["exemption"],
        ["unclassed"] = ["unclassed"],
        ["action"] = ["action"],
        ["tenure"] = ["tenure"],
        ["level"] = ["level"],
        ["nature"] = ["nature"],
        ["end"] = ["end"],
    };

    /// <summary>Fields labelled by a column header the tables already use.</summary>
    private static readonly Dictionary<string, string> ColumnLabels = new(StringComparer.Ordinal)
    {
        ["listNo"] = nameof(DisplayText.ColumnListNo),
        ["name"] = nameof(DisplayText.ColumnName),
        ["firm"] = nameof(DisplayText.ColumnName),
        ["creditCode"] = nameof(DisplayText.ColumnCreditCode),
        ["township"] = nameof(DisplayText.ColumnTownship),
        ["segment"] = nameof(DisplayText.ColumnSegment),
        ["target"] = nameof(DisplayText.ColumnTarget),
        ["tier"] = nameof(DisplayText.ColumnTier),
        ["status"] = nameof(DisplayText.ColumnStatus),
        ["year"] = nameof(DisplayText.ColumnYear),
        ["impliedTier"] = nameof(DisplayText.ColumnImpliedTier),
        ["from"] = nameof(DisplayText.ColumnFrom),
        ["to"] = nameof(DisplayText.ColumnTo),
        ["kind"] = nameof(DisplayText.ColumnKind),
        ["reason"] = nameof(DisplayText.ColumnReason),
        ["plan"] = nameof(DisplayText.ColumnPlan),
        ["code"] = nameof(DisplayText.ColumnPlanCode),
        ["title"] = nameof(DisplayText.ColumnPlanTitle),
        ["baseYear"] = nameof(DisplayText.ColumnPlanBaseYear),
        ["firstYear"] = nameof(DisplayText.ColumnPlanFirstYear),
        ["lastYear"] = nameof(DisplayText.ColumnPlanLastYear),
        ["closed"] = nameof(DisplayText.ColumnPlanClosed),
        ["category"] = nameof(DisplayText.ColumnCategory),
        ["unit"] = nameof(DisplayText.ColumnUnit),
        ["targetText"] = nameof(DisplayText.ColumnTargetValue),
        ["comparison"] = nameof(DisplayText.ColumnComparison),
    };

    /// <summary>The fields that changed between two stored states; for a creation, every field it set.</summary>
    public static IReadOnlyList<AuditChange> Between(string? before, string? after)
    {
        var old = Fields(before);
        var @new = Fields(after);
        // An account's state has a role; its "name" is the user name, not a firm's.
        var account = old.ContainsKey("role") || @new.ContainsKey("role");
        return @new.Keys.Concat(old.Keys.Where(k => !@new.ContainsKey(k)))
            .Where(key => !Hidden.Contains(key))
            .Select(key => new AuditChange(
                key, Label(account && key == "name" ? "userName" : key), Value(key, Get(old, key)), Value(key, Get(@new, key))))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    /// <summary>A stored field's label: 工业总产值（万元）, 档次, 乡镇街道 …; the key itself for a field no label names.</summary>
    public static string Label(string key) =>
        MeasureFields.TryParseKey(key, out var measure) ? measure.LabelWithUnit()
        : Text(ColumnLabels.GetValueOrDefault(key) ?? "AuditField_" + key) ?? key;

    /// <summary>Whether a field has a label of its own (tests check every field the commands write).</summary>
    public static bool HasLabel(string key) => Hidden.Contains(key) || Label(key) != key;

    /// <summary>What a command did, in words: 录入年度数据 for RecordAnnualFigures.</summary>
    public static string CommandLabel(string command) => Text("Command_" + command) ?? command;

    /// <summary>Where an entry came from: 手工录入, 文件「2024.xlsx」, 2024 年度评审.</summary>
    public static string SourceLabel(AuditSource? source, string? name) => source switch
    {
        AuditSource.File => string.Format(CultureInfo.CurrentCulture, DisplayText.AuditSourceFile, name),
        AuditSource.Review => string.Format(CultureInfo.CurrentCulture, DisplayText.AuditSourceReview, name),
        AuditSource.Manual => DisplayText.AuditSourceManual,
        _ => TableCells.Empty,
    };

    private static string? Value(string key, JsonElement? stored)
    {
        if (stored is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String when CodeGroups.TryGetValue(key, out var groups) => Worded(groups, value.GetString()!),
            JsonValueKind.String when IsTime(key) && value.TryGetDateTime(out var at) => TableCells.Time(at.ToUniversalTime()),
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True => DisplayText.Yes,
            JsonValueKind.False => DisplayText.No,
            JsonValueKind.Number when key == "year" => value.GetRawText(),
            JsonValueKind.Number => TableCells.Amount(value.GetDecimal()),
            JsonValueKind.Object when value.TryGetProperty("name", out var name) => name.GetString(),
            JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(item => Value(key, item))),
            _ => value.GetRawText(),
        };
    }

    private static JsonElement? Get(Dictionary<string, JsonElement> fields, string key) => fields.TryGetValue(key, out var value) ? value : null;

    private static string Worded(string[] groups, string code) =>
        groups.Select(g => Codes.Label(g, code)).FirstOrDefault(label => label != code) ?? code;

    private static bool IsTime(string key) => key.EndsWith("At", StringComparison.Ordinal) || key.EndsWith("Until", StringComparison.Ordinal);

    private static Dictionary<string, JsonElement> Fields(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["value"] = document.RootElement.Clone() };
    }

    private static string? Text(string name) => DisplayText.ResourceManager.GetString(name, DisplayText.Culture);
}
