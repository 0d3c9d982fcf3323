namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// A text a firm is found by in the name search: its name (kept by triggers on "Enterprises", so
/// set-based writes keep it too). The search index — SQLite FTS5 with the trigram tokenizer, a
/// PostgreSQL pg_trgm GIN index — covers every row of this table (<see cref="SearchIndexSql"/>),
/// so another reading of the same firm (say its pinyin) becomes searchable by adding rows of
/// another <see cref="Kind"/>; the search answers firm ids whichever row matched.
/// </summary>
internal sealed class SearchTextRow
{
    public const int KindMaxLength = 20;

    /// <summary>The <see cref="Kind"/> of the row that holds the firm's name.</summary>
    public const string NameKind = "Name";

    public int Id { get; private set; }

    public int EnterpriseId { get; private set; }

    public string Kind { get; private set; } = NameKind;

    public string Text { get; private set; } = string.Empty;
}
