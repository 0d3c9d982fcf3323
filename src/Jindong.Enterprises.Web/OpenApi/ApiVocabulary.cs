using System.Text.Json.Nodes;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Web.Endpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Jindong.Enterprises.Web.OpenApi;

/// <summary>
/// The closed sets of words the API's text fields and query parameters carry — tier names,
/// statuses, decisions — published as enums, each list taken from the code that writes or reads
/// it. Money is marked <c>decimal</c> (万元, four places), not the <c>double</c> it would be read as;
/// every property of an answer is required, as the server always writes it; a problem carries its trace id.
/// </summary>
internal static class ApiVocabulary
{
    private static readonly string[] TierNames = [.. TierScale.All.Select(d => d.Name)];
    private static readonly string[] TargetNames = [.. TierScale.TargetTiers.Select(t => t.Name())];
    private static readonly string[] EnterpriseStatusCodes = CodesOf<EnterpriseStatus>();

    private static readonly Dictionary<(Type, string), string[]> Properties = new()
    {
        [(typeof(EnterpriseView), nameof(EnterpriseView.Target))] = TargetNames,
        [(typeof(EnterpriseView), nameof(EnterpriseView.Tier))] = TierNames,
        [(typeof(EnterpriseView), nameof(EnterpriseView.Status))] = EnterpriseStatusCodes,
        [(typeof(EnterpriseView), nameof(EnterpriseView.SegmentSource))] = [.. Enum.GetValues<SegmentSource>().Select(SegmentSources.Code)],
        [(typeof(RecordOutcome), nameof(RecordOutcome.ImpliedTier))] = TierNames,
        [(typeof(RecordOutcome), nameof(RecordOutcome.InitialTier))] = TierNames,
        [(typeof(FiguresView), nameof(FiguresView.ImpliedTier))] = TierNames,
        [(typeof(FiguresView), nameof(FiguresView.Source))] = CodesOf<FiguresSource>(),
        [(typeof(TierMoveView), nameof(TierMoveView.From))] = TierNames,
        [(typeof(TierMoveView), nameof(TierMoveView.To))] = TierNames,
        [(typeof(TierMoveView), nameof(TierMoveView.Kind))] = CodesOf<TierMoveKind>(),
        [(typeof(ReviewView), nameof(ReviewView.Status))] = CodesOf<ReviewStatus>(),
        [(typeof(ProposalView), nameof(ProposalView.From))] = TierNames,
        [(typeof(ProposalView), nameof(ProposalView.To))] = TierNames,
        [(typeof(ProposalView), nameof(ProposalView.Kind))] = CodesOf<ProposalKind>(),
        [(typeof(ProposalView), nameof(ProposalView.Decision))] = CodesOf<ProposalDecision>(),
        [(typeof(ProposalView), nameof(ProposalView.TargetStatus))] = CodesOf<TargetStatus>(),
        [(typeof(TargetProgress), nameof(TargetProgress.Tier))] = TierNames,
        [(typeof(ProgressRow), nameof(ProgressRow.Tier))] = TierNames,
        [(typeof(TownshipRow), nameof(TownshipRow.Tier))] = TierNames,
        [(typeof(IndustryRow), nameof(IndustryRow.Tier))] = TierNames,
        [(typeof(GapRow), nameof(GapRow.Target))] = TargetNames,
        [(typeof(GapRow), nameof(GapRow.Status))] = [.. GapStatuses.All],
        [(typeof(TargetGapView), nameof(TargetGapView.Target))] = TargetNames,
        [(typeof(ReferenceData), nameof(ReferenceData.Tiers))] = TierNames,
        [(typeof(ReferenceData), nameof(ReferenceData.TargetTiers))] = TargetNames,
        [(typeof(SessionEndpoints.SessionView), nameof(SessionEndpoints.SessionView.Role))] = [.. UserRoles.Codes],
        [(typeof(FirmEndpoints.RegisterFirmRequest), nameof(FirmEndpoints.RegisterFirmRequest.Target))] = TargetNames,
        [(typeof(FirmEndpoints.TierMoveRequest), nameof(FirmEndpoints.TierMoveRequest.To))] = TierNames,
        [(typeof(FirmEndpoints.TargetRequest), nameof(FirmEndpoints.TargetRequest.Target))] = TargetNames,
    };

    /// <summary>Query parameters by name: the firm list's filters and the reports' format.</summary>
    private static readonly Dictionary<string, string[]> Parameters = new(StringComparer.Ordinal)
    {
        ["tier"] = TierNames,
        ["target"] = TargetNames,
        ["status"] = EnterpriseStatusCodes,
        ["sort"] = [.. ListEnterprises.SortKeys.SelectMany(k => new[] { k, "-" + k })],
        ["format"] = [.. ReportEndpoints.Formats],
    };

    /// <summary>
    /// Each measure as a property by its key: a whole number for a count, else a decimal. In an
    /// answer null means not recorded (never for the output, which every recorded year has); in a
    /// request null clears the measure (the output is refused).
    /// </summary>
    private static void AddMeasures(OpenApiSchema schema, bool answer)
    {
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var field in MeasureFields.All)
        {
            var type = field.Definition.IsCount ? JsonSchemaType.Integer : JsonSchemaType.Number;
            schema.Properties[field.Measure.Key()] = new OpenApiSchema
            {
                Type = answer && field.Definition.IsRequired ? type : type | JsonSchemaType.Null,
                Format = field.Definition.IsCount ? "int32" : "decimal",
                Description = field.Measure.LabelWithUnit(),
            };
        }

        schema.AdditionalPropertiesAllowed = false;
        schema.AdditionalProperties = null;
    }

    /// <summary>The codes an enum is written as (<see cref="Codes.Of"/>).</summary>
    private static string[] CodesOf<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Codes.Of)];

    public static void Configure(OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        if (context.JsonTypeInfo.Type == typeof(decimal) || Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) == typeof(decimal))
        {
            schema.Format = "decimal";
        }

        // Timestamps go through UtcTimestampConverter, whose schema the generator cannot see.
        if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) == typeof(DateTime))
        {
            schema.Type = context.JsonTypeInfo.Type == typeof(DateTime) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }

        // The measures travel by key beside the declared fields (JSON extension data), which the generator cannot see.
        if (context.JsonPropertyInfo is null && (context.JsonTypeInfo.Type == typeof(FiguresView) || context.JsonTypeInfo.Type == typeof(FirmEndpoints.FiguresRequest)))
        {
            AddMeasures(schema, answer: context.JsonTypeInfo.Type == typeof(FiguresView));
        }

        // The Application's views are answers, and the server writes every property, null or not.
        if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Type.Namespace?.StartsWith("Jindong.Enterprises.Application", StringComparison.Ordinal) == true
            && schema.Properties is { Count: > 0 } answered)
        {
            schema.Required = new HashSet<string>(answered.Keys, StringComparer.Ordinal);
        }

        if (typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
        {
            // The problem writer adds the request's trace id, which the server log is searched by.
            schema.AdditionalPropertiesAllowed = true;
            schema.AdditionalProperties = null;
            schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, as the server's log records it." };
        }

        var words = context.JsonPropertyInfo is { } property && property.DeclaringType is { } owner
                && Properties.TryGetValue((owner, property.AttributeProvider is System.Reflection.MemberInfo member ? member.Name : property.Name), out var forProperty)
            ? forProperty
            : context.ParameterDescription is { Source.Id: "Query" } parameter && Parameters.TryGetValue(parameter.Name, out var forParameter)
                ? forParameter
                : null;
        if (words is not null)
        {
            var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
            target.Enum = [.. words.Select(w => (JsonNode)JsonValue.Create(w)), .. target.Type?.HasFlag(JsonSchemaType.Null) == true ? [JsonNullSentinel.JsonNull] : Array.Empty<JsonNode>()];
        }

        return Task.CompletedTask;
    });
}
