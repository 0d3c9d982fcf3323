using System.Text;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// The engine objects of the name search over the columns of "Enterprises" it covers: on SQLite an
/// FTS5 index with the trigram tokenizer (external content, kept in step by triggers whatever writes
/// the firm: a command, the import's set-based insert, a bench's raw insert; detail=none, since LIKE
/// checks each candidate's text anyway, and without positions the index costs half as much to write
/// when an import registers 500,000 firms); on PostgreSQL a pg_trgm GIN index per column. Another reading of a firm (its pinyin, say) becomes searchable as a column
/// added to <see cref="Columns"/>, with a migration that runs <see cref="SqliteDrop"/> and then the
/// create statements for the new list. A migration keeps the list it was written for; the
/// statements are idempotent, and <see cref="SearchIndex"/> runs them again after later migrations,
/// since SQLite rebuilds a table it alters and drops that table's triggers with it.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>The columns the search covers today: the name, and its pinyin (Search.NameReadings).</summary>
    public static readonly IReadOnlyList<string> Columns = ["Name", Search.NameReadingsColumn.Name];

    /// <summary>The columns a text with a character other than ASCII can match: the readings are ASCII only.</summary>
    public static readonly IReadOnlyList<string> NameColumns = ["Name"];

    /// <summary>The columns a search for <paramref name="text"/> reads.</summary>
    public static IReadOnlyList<string> ColumnsFor(string text) => Ascii.IsValid(text) ? Columns : NameColumns;

    /// <summary>Substring search needs whole trigrams; a shorter text is matched by a scan of the columns.</summary>
    public const int IndexedLength = 3;

    public const string SqliteTable = "EnterpriseSearch";

    private static readonly string[] SqliteTriggers = ["Enterprises_SearchInserted", "Enterprises_SearchDeleted", "Enterprises_SearchUpdated"];

    public static string Sqlite(IReadOnlyList<string> columns)
    {
        var list = string.Join(", ", columns.Select(Quote));
        var values = (string row) => string.Join(", ", columns.Select(c => $"{row}.{Quote(c)}"));
        return $"""
            CREATE VIRTUAL TABLE IF NOT EXISTS "{SqliteTable}" USING fts5({list}, content='Enterprises', content_rowid='Id', tokenize='trigram', detail=none);
            CREATE TRIGGER IF NOT EXISTS "{SqliteTriggers[0]}" AFTER INSERT ON "Enterprises" BEGIN
              INSERT INTO "{SqliteTable}" (rowid, {list}) VALUES (new."Id", {values("new")});
            END;
            CREATE TRIGGER IF NOT EXISTS "{SqliteTriggers[1]}" AFTER DELETE ON "Enterprises" BEGIN
              INSERT INTO "{SqliteTable}" ("{SqliteTable}", rowid, {list}) VALUES ('delete', old."Id", {values("old")});
            END;
            CREATE TRIGGER IF NOT EXISTS "{SqliteTriggers[2]}" AFTER UPDATE OF {list} ON "Enterprises" BEGIN
              INSERT INTO "{SqliteTable}" ("{SqliteTable}", rowid, {list}) VALUES ('delete', old."Id", {values("old")});
              INSERT INTO "{SqliteTable}" (rowid, {list}) VALUES (new."Id", {values("new")});
            END;
            INSERT INTO "{SqliteTable}" ("{SqliteTable}") VALUES ('rebuild');
            """;
    }

    /// <summary>Removes the SQLite index and its triggers (before it is created anew for other columns, or in a Down).</summary>
    public static string SqliteDrop =>
        string.Concat(SqliteTriggers.Select(t => $"DROP TRIGGER IF EXISTS \"{t}\";\n")) + $"DROP TABLE IF EXISTS \"{SqliteTable}\";";

    /// <summary>The GIN trigram indexes serve ILIKE with a leading wildcard; no trigger is needed.</summary>
    public static string Postgres(IReadOnlyList<string> columns) =>
        "CREATE EXTENSION IF NOT EXISTS pg_trgm;\n" + string.Concat(columns.Select(c =>
            $"CREATE INDEX IF NOT EXISTS {Quote(PostgresIndex(c))} ON \"Enterprises\" USING gin ({Quote(c)} gin_trgm_ops);\n"));

    public static string PostgresDrop(IReadOnlyList<string> columns) =>
        string.Concat(columns.Select(c => $"DROP INDEX IF EXISTS {Quote(PostgresIndex(c))};\n"));

    /// <summary>True when every object of <see cref="Columns"/> is there (a later migration may have dropped the triggers).</summary>
    public static string SqliteCheck =>
        $"(SELECT COUNT(*) FROM sqlite_master WHERE name IN ('{SqliteTable}', {string.Join(", ", SqliteTriggers.Select(t => $"'{t}'"))})) = {SqliteTriggers.Length + 1}";

    public static string PostgresCheck =>
        string.Join(" AND ", Columns.Select(c => $"to_regclass('{Quote(PostgresIndex(c))}') IS NOT NULL"));

    /// <summary>The SQL text that is true for a row of "Enterprises" whose covered columns match the LIKE pattern {0}.</summary>
    public static string LikeAny(string operation, IReadOnlyList<string> columns) =>
        string.Join(" OR ", columns.Select(c => $"{Quote(c)} {operation} {{0}}"));

    private static string PostgresIndex(string column) => $"IX_Enterprises_{column}_Trigram";

    private static string Quote(string identifier) => $"\"{identifier}\"";
}
