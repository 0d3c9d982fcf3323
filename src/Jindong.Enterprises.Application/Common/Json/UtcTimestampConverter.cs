using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jindong.Enterprises.Application.Common.Json;

/// <summary>
/// Writes every timestamp as UTC with its offset (<c>2026-12-01T13:24:11.8264579Z</c>). The registry
/// stores UTC from <see cref="TimeProvider.GetUtcNow"/>, but SQLite gives it back without a kind,
/// and a timestamp without an offset is read as local time (eight hours off in China).
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTime>
{
    private const string Pattern = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().UtcDateTime;

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(AsUtc(value).ToString(Pattern, CultureInfo.InvariantCulture));

    /// <summary>A stored timestamp as UTC: one without a kind is UTC already.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
