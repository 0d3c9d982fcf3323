using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Common.Json;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// The API's JSON: camelCase, Chinese kept readable, enums by camelCase name, timestamps in UTC
/// with their <c>Z</c>. Numbers are numbers (never strings), a property the request type does not
/// have is refused, and so are a constructor parameter without a default left out and a null
/// where the type allows none: the contract the OpenAPI document publishes.
/// </summary>
internal static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new UtcTimestampConverter());
    }
}
