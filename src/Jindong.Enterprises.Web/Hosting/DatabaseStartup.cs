using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Before the server takes requests: creates, migrates and seeds the database, and loads the
/// shared data-protection key ring (creating its first key if there is none), so the first
/// request of a fresh instance pays for neither.
/// </summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, IDataProtectionProvider protection) : IHostedService
{
    /// <summary>PostgreSQL advisory lock key held while an instance loads or creates the key ring.</summary>
    private const long KeyRingLock = 0x4A494E44_4F4E4701;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);

        var db = scope.ServiceProvider.GetRequiredService<JindongDbContext>();
        if (!db.Database.IsNpgsql())
        {
            LoadKeyRing();
            return;
        }

        // Instances started at the same moment take turns here: the first creates the key, the
        // others find it, rather than each making a key of its own that the others do not know yet.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({KeyRingLock})", cancellationToken);
            LoadKeyRing();
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({KeyRingLock})", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LoadKeyRing() => protection.CreateProtector(nameof(DatabaseStartup)).Protect("key ring loaded"u8.ToArray());
}
