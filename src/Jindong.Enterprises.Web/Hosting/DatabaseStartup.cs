using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Before the server takes requests: creates, migrates and seeds the database, loads the shared
/// data-protection key ring (creating its first key if there is none) and warms the pages' reads
/// (<see cref="WarmUp"/>), so the first requests of a fresh instance pay for none of them.
/// </summary>
internal sealed class DatabaseStartup(IServiceScopeFactory scopes, IDataProtectionProvider protection, ILogger<DatabaseStartup> logger) : IHostedService
{
    /// <summary>PostgreSQL advisory lock key held while an instance loads or creates the key ring.</summary>
    private const long KeyRingLock = 0x4A494E44_4F4E4701;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);

        await LoadKeyRingAsync(scope.ServiceProvider.GetRequiredService<JindongDbContext>(), cancellationToken);
        try
        {
            await WarmUp.RunAsync(scopes, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Warming is only speed: a read that fails here fails for its first user too, who gets
            // the status page, while every other page of the server still works.
            logger.LogError(exception, "Warming the first reads failed; the server starts cold");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LoadKeyRingAsync(JindongDbContext db, CancellationToken cancellationToken)
    {
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
            try
            {
                LoadKeyRing();
            }
            finally
            {
                // Released before the connection goes back to the pool, which does not reset it (DatabaseOptions).
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({KeyRingLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private void LoadKeyRing() => protection.CreateProtector(nameof(DatabaseStartup)).Protect("key ring loaded"u8.ToArray());
}
