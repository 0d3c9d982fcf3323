namespace Jindong.Enterprises.Application.Common.Persistence;

/// <summary>
/// Orders names the way a Chinese reader looks them up: by pinyin, ICU's zh collation. Only for a
/// LINQ query's ordering: the persistence layer gives the column the engine's collation (a
/// registered one on SQLite, "zh-x-icu" on PostgreSQL); in memory it would order by code point.
/// </summary>
public static class ChineseOrder
{
    public static string Of(string text) => text;
}
