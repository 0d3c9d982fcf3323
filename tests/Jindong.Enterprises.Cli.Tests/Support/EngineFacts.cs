using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;

namespace Jindong.Enterprises.Cli.Tests.Support;

/// <summary>A fact about one engine: on the other engine's run it reports as skipped, never as passed.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.Provider != DatabaseProvider.Sqlite)
        {
            Skip = "A SQLite file's behaviour; this run is on PostgreSQL.";
        }
    }
}

/// <summary>A fact about PostgreSQL: on the SQLite run it reports as skipped, never as passed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.Provider != DatabaseProvider.Postgres)
        {
            Skip = "A PostgreSQL server's behaviour; this run is on SQLite.";
        }
    }
}
