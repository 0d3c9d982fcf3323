using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jindong.Enterprises.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: the pinyin collation (<see cref="ChineseCollation"/>), foreign keys enforced, and NORMAL sync, which under WAL is
/// durable at each checkpoint and crash-safe (its cost was measured before it was chosen). Writers queue
/// for the file's one write lock (commands begin IMMEDIATE) for up to two minutes: a cold `jindong`
/// process holds it ~0.5 s, several times that on busy cores, so eight at once measured up to 13 s
/// of waiting where 30 s had run out ("database is locked"); a long import may hold it longer.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private static readonly string Pragmas =
        $"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)DatabaseOptions.WriteLockWait.TotalMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ChineseCollation.Register((SqliteConnection)connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ChineseCollation.Register((SqliteConnection)connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
