using System.Globalization;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>What a sign-in attempt came to: the user, or the message to show and whether the client is throttled.</summary>
public sealed record SignInAttempt(SignedInUser? User, string? Message, TimeSpan? RetryAfter)
{
    public bool Succeeded => User is not null;
}

/// <summary>
/// Signing in and out, the same for the sign-in page and the API: the client's throttle first, then
/// the account's check (SignIn), then the session cookie, issued under the account's security stamp.
/// Every request then checks that stamp (<see cref="ValidateAsync"/>), so a session ends as soon as its
/// account's stamp changes — sign-out, a new password, disabling, another role or township.
/// </summary>
public sealed class WebSessions(IMediator mediator, SignInThrottle throttle)
{
    public async Task<SignInAttempt> SignInAsync(HttpContext context, string userName, string password)
    {
        if (await throttle.RefusedForAsync(context) is { } wait)
        {
            Serilog.Log.Warning("Sign-in refused for a throttled client {Address}", context.Connection.RemoteIpAddress);
            return Throttled(wait);
        }

        var outcome = await mediator.Send(new SignIn(userName, password), context.RequestAborted);
        if (outcome.User is not { } user)
        {
            await throttle.RecordFailureAsync(context);
            return new SignInAttempt(null, outcome.Message, null);
        }

        await RenewAsync(context, user);
        return new SignInAttempt(user, null, null);
    }

    /// <summary>A wrong current password on the change-password form counts as a failed sign-in of the client.</summary>
    public Task RecordFailedPasswordCheckAsync(HttpContext context) => throttle.RecordFailureAsync(context);

    /// <summary>The throttle's refusal when the client may not check a password now, else null.</summary>
    public async Task<SignInAttempt?> RefusalForAsync(HttpContext context) => await throttle.RefusedForAsync(context) is { } wait ? Throttled(wait) : null;

    /// <summary>Issues (or re-issues, after the user's own password change) the session cookie.</summary>
    public static Task RenewAsync(HttpContext context, SignedInUser user) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Principal(user));

    /// <summary>Ends every session of the account, then this one's cookie.</summary>
    public async Task SignOutAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await mediator.Send(new SignOut(), context.RequestAborted);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Cookie authentication's check of every request's session: the account must exist, be
    /// enabled and still carry the stamp the session was issued under.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stamp = principal?.FindFirst(Claims.SecurityStamp)?.Value;
        SessionState? state = null;
        if (principal?.UserIdOf() is { } id && stamp is not null)
        {
            state = await context.HttpContext.RequestServices.GetRequiredService<IMediator>().Send(new GetSessionState(id), context.HttpContext.RequestAborted);
        }

        if (state is null || state.Disabled || !string.Equals(state.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            Serilog.Log.Information("Ended a session of {UserName}: the account changed since it was issued", principal?.Identity?.Name);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static SignInAttempt Throttled(TimeSpan wait) =>
        new(null, string.Format(CultureInfo.CurrentCulture, WebText.SignInThrottled, (int)Math.Ceiling(wait.TotalMinutes)), wait);
}
