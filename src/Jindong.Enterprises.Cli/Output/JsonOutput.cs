using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Common.Json;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>JSON for scripts: camelCase, Chinese kept readable, indented.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new UtcTimestampConverter() },
    };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
