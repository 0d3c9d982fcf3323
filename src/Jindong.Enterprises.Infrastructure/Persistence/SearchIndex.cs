using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Fills the readings a migration left empty, and puts the name search's engine objects back when a migration has dropped them (<see cref="SearchIndexSql"/>).</summary>
public static class SearchIndex
{
    public static async Task EnsureAsync(JindongDbContext db, CancellationToken ct)
    {
        await Search.NameReadingsColumn.BackfillAsync(db, ct);
        if (await IsCompleteAsync(db, ct))
        {
            return;
        }

        var sqlite = db.Database.IsSqlite();
        // On SQLite the create statements end by rebuilding the index from the firms, so names
        // changed while a trigger was missing are indexed as they are now.
        Log.Warning("The name search's index or triggers were missing after migrating; recreating them and re-indexing every name");
        await db.Database.ExecuteSqlRawAsync(sqlite ? SearchIndexSql.Sqlite(SearchIndexSql.Columns) : SearchIndexSql.Postgres(SearchIndexSql.Columns), ct);
    }

    /// <summary>Whether every object of the search over <see cref="SearchIndexSql.Columns"/> is there.</summary>
    public static Task<bool> IsCompleteAsync(JindongDbContext db, CancellationToken ct)
    {
        var check = "SELECT " + (db.Database.IsSqlite() ? SearchIndexSql.SqliteCheck : SearchIndexSql.PostgresCheck) + " AS \"Value\"";
        return db.Database.SqlQueryRaw<bool>(check).SingleAsync(ct);
    }
}
