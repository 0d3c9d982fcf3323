using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.OpenApi;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;

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
            .WithName("SignIn").WithSummary("Sign in: sets the session cookie; a wrong password or a locked account is 401")
            .Problems(ApiProblems.Invalid | ApiProblems.SignInRequired | ApiProblems.Forbidden | ApiProblems.UnsupportedMediaType);
        Func<HttpContext, Task<NoContent>> signOut = SignOutAsync;
        group.MapDelete(string.Empty, signOut)
            .WithName("SignOut").WithSummary("Sign out: ends the session").Problems(ApiProblems.SignInRequired | ApiProblems.Forbidden);
        group.MapGet(string.Empty, (ClaimsPrincipal user) => TypedResults.Ok(Describe(user)))
            .WithName("GetSession").WithSummary("Who is signed in: name, role, township").Problems(ApiProblems.SignInRequired);
    }

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> SignInAsync(SignInRequest request, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var outcome = await mediator.Send(new SignIn(request.UserName, request.Password), ct);
        if (outcome.User is not { } user)
        {
            return TypedResults.Problem(title: outcome.Message, statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = Claims.Principal(user);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.Ok(Describe(principal));
    }

    private static async Task<NoContent> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static SessionView Describe(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? string.Empty,
        user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
        user.TownshipIdOf(),
        user.FindFirstValue(Claims.Township));
}
