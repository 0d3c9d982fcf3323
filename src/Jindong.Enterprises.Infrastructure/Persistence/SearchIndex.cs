using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>Puts the name search's engine objects back when a migration has dropped them (<see cref="SearchIndexSql"/>).</summary>
public static class SearchIndex
{
    public static async Task EnsureAsync(JindongDbContext db, CancellationToken ct)
    {
        var sqlite = db.Database.IsSqlite();
        var check = "SELECT " + (sqlite ? SearchIndexSql.SqliteCheck : SearchIndexSql.PostgresCheck) + " AS \"Value\"";
        if (await db.Database.SqlQueryRaw<bool>(check).SingleAsync(ct))
        {
            return;
        }

        Log.Warning("The name search's triggers or index were missing after migrating; recreating them and re-indexing every name");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(sqlite ? SearchIndexSql.Sqlite : SearchIndexSql.Postgres, ct);
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE "EnterpriseSearchTexts" AS t SET "Text" = e."Name" FROM "Enterprises" AS e
             WHERE e."Id" = t."EnterpriseId" AND t."Kind" = 'Name' AND t."Text" <> e."Name";
            """,
            ct);
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "EnterpriseSearch" ("EnterpriseSearch") VALUES ('rebuild');""", ct);
        }

        await transaction.CommitAsync(ct);
    }
}
