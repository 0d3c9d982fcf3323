using System.Collections.Concurrent;

namespace Jindong.Enterprises.Application.Users;

/// <summary>
/// The security stamps sessions are checked against on every request, each kept with the registry
/// version it was read at and for at most <see cref="Lifetime"/>. Every command that changes an
/// account raises the version, so every process — a second web server on the same PostgreSQL
/// included — reads the account again at its next request: a session ended on one server is ended
/// on all at once. The lifetime bounds what a change made outside the registry's commands (a row
/// deleted by hand) can go unseen.
/// </summary>
public sealed class SessionStamps(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<int, (SessionState? State, long Version, DateTimeOffset Until)> states = new();

    internal bool TryGet(int userId, long version, out SessionState? state)
    {
        if (states.TryGetValue(userId, out var cached) && cached.Version == version && cached.Until > clock.GetUtcNow())
        {
            state = cached.State;
            return true;
        }

        state = null;
        return false;
    }

    internal void Keep(int userId, long version, SessionState? state) => states[userId] = (state, version, clock.GetUtcNow() + Lifetime);

    internal void Forget(int userId) => states.TryRemove(userId, out _);
}
