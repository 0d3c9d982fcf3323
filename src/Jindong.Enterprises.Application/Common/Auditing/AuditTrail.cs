using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Auditing;

namespace Jindong.Enterprises.Application.Common.Auditing;

/// <summary>
/// The one path to the audit trail: a command records each change (the firm, the state before
/// and after, the reason), and the entries are written with who, when and which command in the
/// command's own transaction. Bulk commands record one entry per firm like the per-firm commands
/// do, and flush as they go so a province-wide import never holds its trail in memory.
/// </summary>
public sealed class AuditTrail(IAuditWriter writer, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Entries held before a bulk command is asked to flush.</summary>
    public const int FlushEvery = 10_000;

    /// <summary>The JSON form of audited state: camelCase, enums by name, Chinese kept readable.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly List<AuditEntry> pending = [];
    private string command = string.Empty;
    private DateTime at;
    private AuditSource source;
    private string? sourceName;

    /// <summary>Whether enough entries are pending that a bulk command should <see cref="FlushAsync"/>.</summary>
    public bool IsFull => pending.Count >= FlushEvery;

    public void Record(int? enterpriseId, object? before, object? after, string? reason = null) =>
        pending.Add(new AuditEntry(
            at,
            user.Name,
            command,
            enterpriseId,
            reason,
            before is null ? null : JsonSerializer.Serialize(before, Json),
            after is null ? null : JsonSerializer.Serialize(after, Json),
            source,
            sourceName));

    /// <summary>The entries that follow came from this file (an import), not from someone typing.</summary>
    public void FromFile(string fileName) => (source, sourceName) = (AuditSource.File, fileName);

    /// <summary>The entries that follow came from the annual review of this year.</summary>
    public void FromReview(int year) => (source, sourceName) = (AuditSource.Review, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Writes the pending entries in the command's transaction.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }

        await writer.WriteAsync(pending, ct);
        pending.Clear();
    }

    /// <summary>Starts the trail of a command: every entry carries its name and its one time.</summary>
    internal void Begin(string commandName)
    {
        pending.Clear();
        command = commandName;
        (source, sourceName) = (AuditSource.Manual, null);
        at = clock.GetUtcNow().UtcDateTime;
    }
}

/// <summary>Writes audit entries on the command's connection and transaction, set-based.</summary>
public interface IAuditWriter
{
    Task WriteAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct);
}
