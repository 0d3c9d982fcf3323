using System.Net;
using System.Net.Sockets;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Failed password checks per client address: after <see cref="MaxFailures"/> within
/// <see cref="Window"/>, the address is refused every sign-in (any name, known or not, so this tells
/// nothing about accounts) until its oldest failure is <see cref="Window"/> old. One address thus
/// cannot guess more than that, nor lock an account (which takes
/// <see cref="Domain.Users.UserAccount.MaxFailedSignIns"/> failures). The failures are kept in the
/// database (<see cref="SignInFailure"/>), so every web server of a deployment counts them together:
/// a client cannot spread its guesses over the servers behind the proxy. Behind a reverse proxy the
/// address is the client's only when the proxy is trusted (README, HTTPS).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>How long the client must wait before signing in again; null when it may now.</summary>
    public async Task<TimeSpan?> RefusedForAsync(HttpContext context)
    {
        var now = clock.GetUtcNow();
        var since = (now - Window).UtcDateTime;
        var client = AddressOf(context);
        var recent = await Failures(context).AsNoTracking()
            .Where(f => f.Client == client && f.FailedAt > since)
            .OrderBy(f => f.FailedAt).Select(f => f.FailedAt).Take(MaxFailures)
            .ToListAsync(context.RequestAborted);
        return recent.Count >= MaxFailures ? new DateTimeOffset(recent[0], TimeSpan.Zero) + Window - now : null;
    }

    /// <summary>Counts a failure of the client, and forgets every client's failures older than the window, in one transaction.</summary>
    public async Task RecordFailureAsync(HttpContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = now - Window;
        var db = context.RequestServices.GetRequiredService<JindongDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        await db.SignInFailures.Where(f => f.FailedAt <= expired).ExecuteDeleteAsync(context.RequestAborted);
        db.SignInFailures.Add(new SignInFailure(AddressOf(context), now));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
    }

    private static DbSet<SignInFailure> Failures(HttpContext context) => context.RequestServices.GetRequiredService<JindongDbContext>().SignInFailures;

    /// <summary>The client's address; an IPv6 client by its /64, the block one machine can take addresses from.</summary>
    private static string AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }
}
