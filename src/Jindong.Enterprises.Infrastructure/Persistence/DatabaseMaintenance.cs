using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Maintenance;
using Jindong.Enterprises.Application.Resources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Backup and restore through SQLite's online backup API; PostgreSQL has pg_dump and pg_restore.</summary>
internal sealed class DatabaseMaintenance(JindongDbContext db, DatabaseOptions options) : IDatabaseMaintenance
{
    public async Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken ct) =>
        (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();

    public async Task BackupAsync(string file, CancellationToken ct)
    {
        EnsureSqlite();
        if (File.Exists(file))
        {
            throw new InputValidationException("File", string.Format(CultureInfo.CurrentCulture, Messages.BackupTargetExists, file));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using var live = new SqliteConnection(options.SqliteConnectionString());
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await live.OpenAsync(ct);
        await copy.OpenAsync(ct);
        live.BackupDatabase(copy);
    }

    public async Task RestoreAsync(string file, CancellationToken ct)
    {
        EnsureSqlite();
        var source = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var backup = new SqliteConnection(source);
        try
        {
            await backup.OpenAsync(ct);
            var problem = await CheckAsync(backup, ct);
            if (problem is not null)
            {
                throw Invalid(file, problem);
            }
        }
        catch (SqliteException exception)
        {
            throw Invalid(file, exception.Message);
        }

        // The restored registry must not answer a version some process has cached other data under.
        var versionBefore = await db.RegistryVersionAsync(ct);

        // Pooled connections would keep reading the replaced pages' old cache.
        SqliteConnection.ClearAllPools();
        await using (var live = new SqliteConnection(options.SqliteConnectionString()))
        {
            await live.OpenAsync(ct);
            backup.BackupDatabase(live);
        }

        SqliteConnection.ClearAllPools();
        await db.Database.MigrateAsync(ct);
        await SearchIndex.EnsureAsync(db, ct);
        await db.Database.ExecuteSqlAsync($"UPDATE \"RegistryVersion\" SET \"Version\" = MAX(\"Version\", {versionBefore}) + 1", ct);
    }

    /// <summary>Null when the file is a sound registry, else what is wrong with it.</summary>
    private static async Task<string?> CheckAsync(SqliteConnection backup, CancellationToken ct)
    {
        await using var command = backup.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var integrity = (string?)await command.ExecuteScalarAsync(ct);
        if (integrity != "ok")
        {
            return integrity;
        }

        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Enterprises', 'AuditEntries');";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 3 ? null : "no registry tables";
    }

    private static InputValidationException Invalid(string file, string problem) =>
        new("File", string.Format(CultureInfo.CurrentCulture, Messages.BackupFileInvalid, file, problem));

    private void EnsureSqlite()
    {
        if (options.EffectiveProvider != DatabaseProvider.Sqlite)
        {
            throw new InputValidationException("File", Messages.BackupNeedsSqlite);
        }
    }
}
