using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// The one JSON form of a method's terms: the file `efficiency method show --format json` writes and
/// `method import` reads, the API's method body, and how the registry stores a method. camelCase,
/// enums by camelCase name (measures as their keys: tax, valueAdded, land …), Chinese kept readable.
/// </summary>
public static class MethodJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static string Write(MethodTerms terms) => JsonSerializer.Serialize(terms, Options);

    /// <summary>A method file's text as terms; a malformed file is refused naming its line and column.</summary>
    public static MethodTerms Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<MethodTerms>(text, Options) ?? throw new JsonException(Messages.MethodFileEmpty);
        }
        catch (JsonException invalid)
        {
            throw new InputValidationException("file", string.Format(
                CultureInfo.CurrentCulture,
                Messages.MethodFileInvalid,
                (invalid.LineNumber ?? 0) + 1,
                (invalid.BytePositionInLine ?? 0) + 1,
                invalid.Message));
        }
    }

    /// <summary>How the registry stores a value (the terms of a method or of a run, a run's averages): compact, the same shape.</summary>
    public static string Store<T>(T value) => JsonSerializer.Serialize(value, Compact);

    public static T Load<T>(string stored) => JsonSerializer.Deserialize<T>(stored, Compact)!;
}
