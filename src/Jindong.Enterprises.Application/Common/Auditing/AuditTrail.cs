using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jindong.Enterprises.Application.Common.Auditing;

/// <summary>
/// Collects the changes a command makes; the transaction behavior writes them, with who and
/// when, in the command's own transaction.
/// </summary>
public sealed class AuditTrail
{
    /// <summary>The JSON form of audited state: camelCase, enums by name, Chinese kept readable.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly List<PendingAuditEntry> pending = [];

    public void Record(int? enterpriseId, object? before, object? after, string? reason = null) =>
        pending.Add(new PendingAuditEntry(
            enterpriseId,
            reason,
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json)));

    internal IReadOnlyList<PendingAuditEntry> Drain()
    {
        var entries = pending.ToList();
        pending.Clear();
        return entries;
    }
}

internal sealed record PendingAuditEntry(int? EnterpriseId, string? Reason, string? Before, string? After);
