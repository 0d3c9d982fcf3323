namespace Jindong.Enterprises.Application.Maintenance;

/// <summary>Whole-database operations that only the storage engine can do.</summary>
public interface IDatabaseMaintenance
{
    /// <summary>The migrations the database has, oldest first.</summary>
    Task<IReadOnlyList<string>> AppliedMigrationsAsync(CancellationToken ct);

    /// <summary>Copies the live database to <paramref name="file"/> while it stays in use.</summary>
    Task BackupAsync(string file, CancellationToken ct);

    /// <summary>Replaces the live database with a backup, after checking the backup is a sound registry.</summary>
    Task RestoreAsync(string file, CancellationToken ct);
}
