using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Web.Endpoints;
using Jindong.Enterprises.Web.Resources;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Holds an API request's JSON body to the contract of the type it binds to, before it binds: a
/// field the type does not have (a misspelt <c>approved</c> for <c>approve</c>) and a required
/// field left out are refused with 400 naming every one of them, where binding would ignore the
/// first and default the second (and record a rejection nobody asked for). Required means what
/// the OpenAPI document says: a constructor parameter without a default.
/// </summary>
internal sealed class JsonBodyContract(RequestDelegate next, IOptions<JsonOptions> json)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var bodyType = context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (bodyType is null || !context.Request.HasJsonContentType())
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var errors = await CheckAsync(context.Request.Body, json.Value.SerializerOptions.GetTypeInfo(bodyType), context.RequestAborted);
        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        context.Request.Body.Position = 0;
        await next(context);
    }

    private static async Task<Dictionary<string, string[]>> CheckAsync(Stream body, JsonTypeInfo contract, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return new() { [Body] = [WebText.JsonBodyNotJson] };
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new() { [Body] = [WebText.JsonBodyNotObject] };
            }

            var comparison = contract.Options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            var known = contract.Properties.Where(p => !p.IsExtensionData)
                .Select(p => KeyValuePair.Create(p.Name, (Type: p.PropertyType, Nullable: p.IsSetNullable)))
                .Concat(ExtraFields(contract.Type).Select(f => KeyValuePair.Create(f.Key, (Type: f.Value, Nullable: true))))
                .ToDictionary(comparison);
            var sent = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(comparison);
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var name in sent.Where(n => !known.ContainsKey(n)))
            {
                errors[name] = [Format(WebText.JsonFieldUnknown, name)];
            }

            foreach (var property in contract.Properties.Where(p => IsRequired(p) && !sent.Contains(p.Name)))
            {
                errors[property.Name] = [Format(WebText.JsonFieldMissing, property.Name)];
            }

            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (known.TryGetValue(field.Name, out var property) && Expected(property.Type, property.Nullable, field.Value) is { } expected)
                {
                    errors[field.Name] = [string.Format(CultureInfo.CurrentCulture, WebText.JsonFieldInvalid, field.Name, expected)];
                }
            }

            return errors;
        }
    }

    /// <summary>What the field should have held, when <paramref name="value"/> is not that; null when it is (or the type is one binding judges).</summary>
    private static string? Expected(Type propertyType, bool nullable, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return nullable ? null : KindOf(propertyType);
        }

        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        var fits = type == typeof(bool) ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
            : type == typeof(int) ? value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _)
            : type == typeof(decimal) ? value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out _)
            : type != typeof(string) || value.ValueKind == JsonValueKind.String;
        return fits ? null : KindOf(type);
    }

    private static string KindOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(bool) ? WebText.JsonTypeBoolean
            : type == typeof(int) ? WebText.JsonTypeInteger
            : type == typeof(decimal) ? WebText.JsonTypeNumber
            : WebText.JsonTypeText;
    }

    /// <summary>
    /// The fields a body type takes in its extension data, by name and type: the figures' measures
    /// by key. Each may be null (null clears a measure); any other name stays unknown.
    /// </summary>
    public static IReadOnlyDictionary<string, Type> ExtraFields(Type bodyType) =>
        bodyType == typeof(FirmEndpoints.FiguresRequest) ? FirmEndpoints.FiguresRequest.MeasureTypes : new Dictionary<string, Type>();

    public static bool IsRequired(JsonPropertyInfo property) =>
        property.IsRequired || property.AssociatedParameter is { HasDefaultValue: false };

    /// <summary>The key of a problem with the body as a whole.</summary>
    public const string Body = "body";

    private static string Format(string format, string name) => string.Format(CultureInfo.CurrentCulture, format, name);
}
