using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.OpenApi;

/// <summary>The error answers an endpoint can give, each as <c>application/problem+json</c>.</summary>
[Flags]
internal enum ApiProblems
{
    None = 0,

    /// <summary>400: the request's fields, with the messages by field (camelCase, as the JSON names them).</summary>
    Invalid = 1,

    /// <summary>401: no session (sign in with POST /api/session).</summary>
    SignInRequired = 2,

    /// <summary>403: the role or township may not do this, or the browser says the request comes from another site.</summary>
    Forbidden = 4,

    /// <summary>404: no such firm or review, or one of another township.</summary>
    NotFound = 8,

    /// <summary>409: someone else saved first (a stale <c>expectedVersion</c>, or a concurrent command took the name or code).</summary>
    Conflict = 16,

    /// <summary>415: a write sent as form fields or plain text; the API takes JSON only.</summary>
    UnsupportedMediaType = 32,

    /// <summary>422: a rule of the registry refuses the request as the registry stands (sending it again changes nothing).</summary>
    Refused = 64,

    /// <summary>503: the database cannot be written (read-only file, full disk); nothing was changed.</summary>
    Unavailable = 128,

    /// <summary>429: sign-ins from this client are throttled for a while (Retry-After says how long).</summary>
    Throttled = 256,

    /// <summary>What every signed-in read can answer.</summary>
    Read = Invalid | SignInRequired,

    /// <summary>What every write can answer.</summary>
    Write = Invalid | SignInRequired | Forbidden | UnsupportedMediaType | Conflict | Refused | Unavailable,
}

/// <summary>Documents an endpoint's <see cref="ApiProblems"/>; 500 (its detail only in the log) is documented for every endpoint.</summary>
internal static class ApiProblemsMetadata
{
    public static readonly IReadOnlyDictionary<ApiProblems, int> Statuses = new Dictionary<ApiProblems, int>
    {
        [ApiProblems.Invalid] = StatusCodes.Status400BadRequest,
        [ApiProblems.SignInRequired] = StatusCodes.Status401Unauthorized,
        [ApiProblems.Forbidden] = StatusCodes.Status403Forbidden,
        [ApiProblems.NotFound] = StatusCodes.Status404NotFound,
        [ApiProblems.Conflict] = StatusCodes.Status409Conflict,
        [ApiProblems.UnsupportedMediaType] = StatusCodes.Status415UnsupportedMediaType,
        [ApiProblems.Refused] = StatusCodes.Status422UnprocessableEntity,
        [ApiProblems.Unavailable] = StatusCodes.Status503ServiceUnavailable,
        [ApiProblems.Throttled] = StatusCodes.Status429TooManyRequests,
    };

    public static TBuilder Problems<TBuilder>(this TBuilder builder, ApiProblems problems)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var (problem, status) in Statuses.Where(s => problems.HasFlag(s.Key)))
        {
            var body = problem == ApiProblems.Invalid ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, body, [ProblemContentType]));
        }

        return builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status500InternalServerError, typeof(ProblemDetails), [ProblemContentType]));
    }

    public const string ProblemContentType = "application/problem+json";
}
