namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// The engine objects of the name search, beside the EF model's "EnterpriseSearchTexts" table:
/// triggers that keep each firm's name row in step with "Enterprises" (whatever writes it: a
/// command, the import's set-based insert, a bench's raw insert), and the index over every row —
/// FTS5 with the trigram tokenizer on SQLite (kept in step by triggers on the texts), a pg_trgm
/// GIN index on PostgreSQL. Every statement is idempotent: the migration runs it, and
/// <see cref="DatabaseInitializer"/> runs it again after any later migration, since SQLite
/// rebuilds a table it alters and drops that table's triggers with it.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>Substring search needs whole trigrams; a shorter text is matched by a scan of the texts.</summary>
    public const int IndexedLength = 3;

    public const string Sqlite =
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS "EnterpriseSearch" USING fts5("Text", content='EnterpriseSearchTexts', content_rowid='Id', tokenize='trigram');
        CREATE TRIGGER IF NOT EXISTS "EnterpriseSearchTexts_Inserted" AFTER INSERT ON "EnterpriseSearchTexts" BEGIN
          INSERT INTO "EnterpriseSearch" (rowid, "Text") VALUES (new."Id", new."Text");
        END;
        CREATE TRIGGER IF NOT EXISTS "EnterpriseSearchTexts_Deleted" AFTER DELETE ON "EnterpriseSearchTexts" BEGIN
          INSERT INTO "EnterpriseSearch" ("EnterpriseSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
        END;
        CREATE TRIGGER IF NOT EXISTS "EnterpriseSearchTexts_Updated" AFTER UPDATE OF "Text" ON "EnterpriseSearchTexts" BEGIN
          INSERT INTO "EnterpriseSearch" ("EnterpriseSearch", rowid, "Text") VALUES ('delete', old."Id", old."Text");
          INSERT INTO "EnterpriseSearch" (rowid, "Text") VALUES (new."Id", new."Text");
        END;
        CREATE TRIGGER IF NOT EXISTS "Enterprises_NameInserted" AFTER INSERT ON "Enterprises" BEGIN
          INSERT INTO "EnterpriseSearchTexts" ("EnterpriseId", "Kind", "Text") VALUES (new."Id", 'Name', new."Name");
        END;
        CREATE TRIGGER IF NOT EXISTS "Enterprises_NameUpdated" AFTER UPDATE OF "Name" ON "Enterprises" BEGIN
          UPDATE "EnterpriseSearchTexts" SET "Text" = new."Name" WHERE "EnterpriseId" = new."Id" AND "Kind" = 'Name';
        END;
        INSERT INTO "EnterpriseSearchTexts" ("EnterpriseId", "Kind", "Text")
        SELECT e."Id", 'Name', e."Name" FROM "Enterprises" AS e
         WHERE NOT EXISTS (SELECT 1 FROM "EnterpriseSearchTexts" AS t WHERE t."EnterpriseId" = e."Id" AND t."Kind" = 'Name');
        """;

    /// <summary>
    /// A statement-level trigger copies the names of inserted firms (the import registers thousands in
    /// one INSERT, and one trigger run copies them all); a row trigger on "Name" alone follows a
    /// rename, so the bulk updates of other columns (tiers at sign-off and import) never run it.
    /// </summary>
    public const string Postgres =
        """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX IF NOT EXISTS "IX_EnterpriseSearchTexts_Text_Trigram" ON "EnterpriseSearchTexts" USING gin ("Text" gin_trgm_ops);
        CREATE OR REPLACE FUNCTION "EnterpriseSearchTexts_NamesInserted"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO "EnterpriseSearchTexts" ("EnterpriseId", "Kind", "Text") SELECT n."Id", 'Name', n."Name" FROM inserted AS n;
          RETURN NULL;
        END $$;
        CREATE OR REPLACE FUNCTION "EnterpriseSearchTexts_NameUpdated"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE "EnterpriseSearchTexts" SET "Text" = NEW."Name" WHERE "EnterpriseId" = NEW."Id" AND "Kind" = 'Name';
          RETURN NULL;
        END $$;
        CREATE OR REPLACE TRIGGER "Enterprises_NamesInserted" AFTER INSERT ON "Enterprises"
          REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "EnterpriseSearchTexts_NamesInserted"();
        CREATE OR REPLACE TRIGGER "Enterprises_NameUpdated" AFTER UPDATE OF "Name" ON "Enterprises"
          FOR EACH ROW WHEN (OLD."Name" IS DISTINCT FROM NEW."Name") EXECUTE FUNCTION "EnterpriseSearchTexts_NameUpdated"();
        INSERT INTO "EnterpriseSearchTexts" ("EnterpriseId", "Kind", "Text")
        SELECT e."Id", 'Name', e."Name" FROM "Enterprises" AS e
         WHERE NOT EXISTS (SELECT 1 FROM "EnterpriseSearchTexts" AS t WHERE t."EnterpriseId" = e."Id" AND t."Kind" = 'Name');
        """;

    /// <summary>True when the objects above are all there (a later migration may have dropped the triggers).</summary>
    public const string SqliteCheck =
        """(SELECT COUNT(*) FROM sqlite_master WHERE name IN ('EnterpriseSearch', 'EnterpriseSearchTexts_Inserted', 'EnterpriseSearchTexts_Deleted', 'EnterpriseSearchTexts_Updated', 'Enterprises_NameInserted', 'Enterprises_NameUpdated')) = 6""";

    public const string PostgresCheck =
        """(SELECT COUNT(*) FROM pg_trigger WHERE tgname IN ('Enterprises_NamesInserted', 'Enterprises_NameUpdated')) = 2 AND to_regclass('"IX_EnterpriseSearchTexts_Text_Trigram"') IS NOT NULL""";
}
