using System.Text.Json;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Web.Resources;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// The one map from the Application's exceptions to HTTP: 400 with the validators' messages by
/// field (keyed camelCase, as the JSON names them), 403, 404, 409 when someone else saved first,
/// 422 when a rule refuses the request, 503 when the database cannot be written (read-only file,
/// full disk), and 500 for anything else. API requests get ProblemDetails; a page request gets the status page with the same status code.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps where it came from.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!JindongWeb.IsApi(path))
        {
            return false;
        }

        // An API client reads ProblemDetails even for what nobody foresaw; the details stay in the log.
        var problem = ProblemFor(exception);
        if (problem is null)
        {
            Serilog.Log.Error(exception, "Unexpected error answering {Method} {Path}", httpContext.Request.Method, path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = WebText.Status500 };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? ProblemFor(Exception exception) => exception switch
    {
        InputValidationException invalid => Invalid(invalid.Errors.ToDictionary(e => FieldName(e.Key), e => e.Value, StringComparer.Ordinal)),
        NotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = exception.Message },
        ForbiddenException => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = exception.Message },
        ConflictException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = exception.Message },
        RuleViolationException => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = exception.Message },
        DomainRuleException rule => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = RuleMessages.For(rule) },
        StorageException => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = exception.Message },
        BadHttpRequestException { InnerException: JsonException json } => Invalid(new() { [FieldOf(json)] = [WebText.InvalidInput] }),
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = WebText.InvalidInput, Detail = bad.Message },
        _ => null,
    };

    private static ValidationProblemDetails Invalid(Dictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = WebText.InvalidInput,
    };

    /// <summary>A command's field ("CreditCode") as the JSON names it ("creditCode").</summary>
    private static string FieldName(string field) =>
        string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>The field a JSON error is about ("$.year" → "year"), or the body as a whole.</summary>
    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : JsonBodyContract.Body;
}
