using Jindong.Enterprises.Application.Tables;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Jindong.Enterprises.Web.OpenApi;

/// <summary>
/// What the OpenAPI document says beyond the endpoints' own metadata: the title and rules of the
/// API, the tags' descriptions, the session cookie as the security scheme every endpoint but
/// sign-in requires, and a description for every error answer.
/// </summary>
internal static class ApiDocument
{
    public const string SessionScheme = "sessionCookie";

    private const string Description = """
        The JSON API of Jindong District's enterprise cultivation registry (金东区企业梯度培育库).

        Sign in with `POST /api/session`; the answer sets the HttpOnly cookie `jindong.session`, which
        every other endpoint requires. Writes are `application/json` only, and a request body may hold
        only the fields its schema lists: an unknown field, a missing required one, a value of the wrong
        type or a null where none is allowed is refused with 400 naming each field. Money is in 万元,
        land in 亩. Timestamps are UTC with their offset (`2026-12-01T13:24:11Z`); show them in China
        time (UTC+8) as you need.

        Errors are `application/problem+json`: 400 with the messages by field (`errors`, keyed by the
        JSON field name), 401 without a session, 403 when the role or township may not, 404 for an
        unknown firm or review (or one of another township), 409 when someone else saved first (a stale
        `expectedVersion`), 415 for a write that is not JSON, 422 when a rule of the registry refuses
        the request as the registry stands (sending it again changes nothing), 429 while a client's
        sign-ins are throttled, 503 when the database
        cannot be written, and 500 for anything unforeseen (its detail only in the server's log).
        Messages are in Chinese, or English with the culture cookie set by `/culture?lang=en`.
        """;

    private static readonly Dictionary<string, string> ProblemDescriptions = new(StringComparer.Ordinal)
    {
        ["400"] = "Invalid input: `errors` holds the messages by field (camelCase JSON names). Nothing was changed.",
        ["401"] = "Not signed in (or, for sign-in, a wrong name or password, or a locked account).",
        ["403"] = "The role or township may not do this, or the browser says the request comes from another site.",
        ["404"] = "No such firm or review, or a firm of another township.",
        ["409"] = "Someone else saved first: read again and retry. Nothing was changed.",
        ["415"] = "The body is not JSON (form fields or plain text).",
        ["422"] = "A rule of the registry refuses the request as the registry stands; `title` says which. Nothing was changed.",
        ["429"] = "Sign-ins from this client are throttled after repeated failures; `Retry-After` says for how many seconds.",
        ["500"] = "An unforeseen error; its detail is in the server's log. Nothing was changed.",
        ["503"] = "The database cannot be written (read-only, full disk). Nothing was changed.",
    };

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Jindong Enterprises API",
                Version = "1",
                Description = Description,
            };
            // The API is served by the app that serves this document, wherever the bureau installs it.
            document.Servers = [new OpenApiServer { Url = "/", Description = "The registry that served this document." }];

            document.Tags = new HashSet<OpenApiTag>(ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
            {
                [SessionScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = "jindong.session",
                    Description = "The session cookie POST /api/session sets (HttpOnly, SameSite=Strict; 8 hours, renewed while in use).",
                },
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            // Sign-in needs no session: its requirement is the empty one.
            var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            operation.Security = anonymous
                ? [new OpenApiSecurityRequirement()]
                : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [] }];

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (ProblemDescriptions.TryGetValue(status, out var description) && response is OpenApiResponse problem)
                {
                    problem.Description = description;
                }
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>A report's 200 answer: JSON rows, or with <c>format</c> the same rows as CSV or Excel.</summary>
    public static Task AlsoDownloadsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Description = "The report's rows (JSON), or with `format=csv|xlsx` the same rows as a download.";
            response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            response.Content[MediaType(TabularFormat.Csv)] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "UTF-8 CSV (with BOM), headers in the user's language." } };
            response.Content[MediaType(TabularFormat.Xlsx)] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "An Excel workbook." } };
        }

        return Task.CompletedTask;
    }

    /// <summary>A download's media type without its parameters (the CSV's charset).</summary>
    private static string MediaType(TabularFormat format) => format.ContentType().Split(';')[0];
}
