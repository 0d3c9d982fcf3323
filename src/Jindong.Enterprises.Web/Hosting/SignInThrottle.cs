using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Failed password checks per client address: after <see cref="MaxFailures"/> within
/// <see cref="Window"/>, the address is refused every sign-in (any name, known or not, so this tells
/// nothing about accounts) until its oldest failure is <see cref="Window"/> old. One address thus
/// cannot guess more than that, nor lock an account (which takes
/// <see cref="Domain.Users.UserAccount.MaxFailedSignIns"/> failures). Held in this process's memory:
/// each web server of a deployment counts for itself. Behind a reverse proxy the address is the
/// client's only when the proxy is trusted (README, HTTPS).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    /// <summary>Addresses tracked before the ones without a recent failure are swept out.</summary>
    private const int SweepAbove = 10_000;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    /// <summary>How long the client must wait before signing in again; null when it may now.</summary>
    public TimeSpan? RefusedFor(HttpContext context)
    {
        if (!failures.TryGetValue(AddressOf(context), out var times))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        lock (times)
        {
            Prune(times, now);
            return times.Count >= MaxFailures ? times.Peek() + Window - now : null;
        }
    }

    public void RecordFailure(HttpContext context)
    {
        var now = clock.GetUtcNow();
        if (failures.Count > SweepAbove)
        {
            Sweep(now);
        }

        var times = failures.GetOrAdd(AddressOf(context), _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            Prune(times, now);
            times.Enqueue(now);
        }
    }

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

    private static void Prune(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.Count > 0 && times.Peek() + Window <= now)
        {
            times.Dequeue();
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (address, times) in failures)
        {
            lock (times)
            {
                Prune(times, now);
                if (times.Count == 0)
                {
                    failures.TryRemove(address, out _);
                }
            }
        }
    }
}
