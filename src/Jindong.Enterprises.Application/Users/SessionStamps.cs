using System.Collections.Concurrent;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// The security stamps sessions are checked against on every request, kept for
/// <see cref="Lifetime"/> so a busy server reads each account about once in that time. The process
/// that changes an account forgets its stamp at once; another process (a second web server on the
/// same PostgreSQL) sees the change within <see cref="Lifetime"/>.
/// </summary>
public sealed class SessionStamps(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<int, (SessionState? State, DateTimeOffset Until)> states = new();

    internal bool TryGet(int userId, out SessionState? state)
    {
        if (states.TryGetValue(userId, out var cached) && cached.Until > clock.GetUtcNow())
        {
            state = cached.State;
            return true;
        }

        state = null;
        return false;
    }

    internal void Keep(int userId, SessionState? state) => states[userId] = (state, clock.GetUtcNow() + Lifetime);

    internal void Forget(int userId) => states.TryRemove(userId, out _);
}
