using System.Collections.Concurrent;
using Jindong.Enterprises.Application.Common.Persistence;

namespace Jindong.Enterprises.Application.Common.Caching;

/// <summary>
/// Values read from the registry (the dashboard, a list's count, the reference data), each kept
/// with the registry version it was read at and answered again only while the database still says
/// that version. Every write transaction raises the version, so a change made through any process
/// — another web server, the CLI — is seen by the next read here: one point read of the version
/// replaces the aggregation. Concurrent misses of one key share one load.
/// </summary>
public sealed class RegistryCache
{
    /// <summary>Distinct keys kept for one version (the counts of searches and filters); beyond it, values are loaded but not kept.</summary>
    internal const int MaxEntries = 10_000;

    private Generation current = new(-1);

    /// <summary>
    /// The value of <paramref name="key"/> at the registry's current version: the cached one, or
    /// <paramref name="load"/>'s. Inside a write transaction nothing is cached: what it reads may
    /// include its own changes, which a rollback would leave in the cache under the old version.
    /// </summary>
    public async Task<T> GetAsync<T>(IApplicationDbContext db, string key, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await load(ct);
        }

        var version = await db.RegistryVersionAsync(ct);
        var generation = GenerationOf(version);
        if (generation is null || (generation.Entries.Count >= MaxEntries && !generation.Entries.ContainsKey(key)))
        {
            return await load(ct);
        }

        var mine = new Lazy<Task<object?>>(async () => await load(ct));
        var entry = generation.Entries.GetOrAdd(key, mine);
        try
        {
            return (T)(await entry.Value)!;
        }
        catch (Exception)
        {
            // A failed or cancelled load is not kept. When it was another request's, this one loads for itself.
            generation.Entries.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, entry));
            if (ReferenceEquals(entry, mine) || ct.IsCancellationRequested)
            {
                throw;
            }

            return await load(ct);
        }
    }

    /// <summary>The entries of <paramref name="version"/>; a newer version starts empty, an older one (a read that raced a write) caches nothing.</summary>
    private Generation? GenerationOf(long version)
    {
        while (true)
        {
            var known = Volatile.Read(ref current);
            if (known.Version == version)
            {
                return known;
            }

            if (known.Version > version)
            {
                return null;
            }

            var next = new Generation(version);
            if (Interlocked.CompareExchange(ref current, next, known) == known)
            {
                return next;
            }
        }
    }

    private sealed record Generation(long Version)
    {
        public ConcurrentDictionary<string, Lazy<Task<object?>>> Entries { get; } = new(StringComparer.Ordinal);
    }
}
