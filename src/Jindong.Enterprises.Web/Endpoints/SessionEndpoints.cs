using System.Globalization;
using System.Security.Claims;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>POST /api/session signs in (sets the cookie), DELETE signs out, GET tells who is signed in.</summary>
internal static class SessionEndpoints
{
    public sealed record SignInRequest(string UserName, string Password);

    public sealed record SessionView(string Name, string Role, int? TownshipId, string? Township);

    public static void MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/session").WithTags(ApiTags.Session);
        group.MapPost(string.Empty, SignInAsync).AllowAnonymous()
            .WithName("SignIn").WithSummary("Sign in: sets the session cookie; a wrong password or a locked account is 401, repeated failures 429 for a while")
            .Problems(ApiProblems.Invalid | ApiProblems.SignInRequired | ApiProblems.Forbidden | ApiProblems.UnsupportedMediaType | ApiProblems.Throttled);
        Func<HttpContext, WebSessions, Task<NoContent>> signOut = SignOutAsync;
        group.MapDelete(string.Empty, signOut)
            .WithName("SignOut").WithSummary("Sign out: ends the session").Problems(ApiProblems.SignInRequired | ApiProblems.Forbidden);
        group.MapGet(string.Empty, (ClaimsPrincipal user) => TypedResults.Ok(Describe(user)))
            .WithName("GetSession").WithSummary("Who is signed in: name, role, township").Problems(ApiProblems.SignInRequired);
    }

    /// <summary>401 for every refusal alike; 429 (with Retry-After) while the client is throttled.</summary>
    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> SignInAsync(SignInRequest request, WebSessions sessions, HttpContext context)
    {
        var attempt = await sessions.SignInAsync(context, request.UserName, request.Password);
        if (attempt.User is not { } user)
        {
            if (attempt.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(title: attempt.Message, statusCode: StatusCodes.Status429TooManyRequests);
            }

            return TypedResults.Problem(title: attempt.Message, statusCode: StatusCodes.Status401Unauthorized);
        }

        return TypedResults.Ok(Describe(Claims.Principal(user)));
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context, WebSessions sessions)
    {
        await sessions.SignOutAsync(context);
        return TypedResults.NoContent();
    }

    private static SessionView Describe(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? string.Empty,
        user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
        user.TownshipIdOf(),
        user.FindFirstValue(Claims.Township));
}
