using System.Data;
using System.Data.Common;
using System.Globalization;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Infrastructure.Persistence.Configurations;
using Jindong.Enterprises.Infrastructure.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace Jindong.Enterprises.Infrastructure.Import;

/// <summary>
/// Stages the rows of an import in a temporary table on the command's own connection and
/// transaction (on SQLite one prepared insert stepped per row, the cheapest way in; on
/// PostgreSQL one streamed binary COPY, since a row-by-row insert there is a round trip each), then compares
/// and applies them with set-based statements. Nothing here commits: the command's transaction does.
/// The SQL is the common subset of SQLite (3.39+) and PostgreSQL: quoted identifiers, @ parameters,
/// IS NOT DISTINCT FROM, UPDATE … FROM; an unqualified temporary table shadows nothing. Measure
/// columns, their stored form and the tier rule come from the EF model and <see cref="TierSql"/>.
/// </summary>
internal sealed class FiguresImportStore(JindongDbContext db) : IFiguresImportStore, IDisposable
{
    private const string StageTable = "\"ImportStage\"";

    /// <summary>Row kinds in the staging table.</summary>
    private const int Unchanged = 0;
    private const int Added = 1;
    private const int Corrected = 2;

    /// <summary>The page cache of the staging table, in KiB (a 500,000-row file stages about 75 MB).</summary>
    private const int StageCacheKib = 32 * 1024;

    /// <summary>
    /// How Microsoft.Data.Sqlite writes a decimal parameter; a decimal staged as text is the one a
    /// parameterised insert would stage.
    /// </summary>
    private const string SqliteDecimalFormat = "0.0###########################";

    /// <summary>Rows without an output value that would be first records, listed one by one up to this many.</summary>
    private const int ListedRowsWithoutOutput = 1_000;

    /// <summary>The firm columns staged before the measures, in the order <see cref="Fill"/> gives their values.</summary>
    private static readonly (string Name, DbType Type)[] FirmColumns =
    [
        ("RowNo", DbType.Int32), ("EnterpriseId", DbType.Int32), ("Name", DbType.String), ("NormalizedName", DbType.String),
        (NameReadingsColumn.Name, DbType.String), ("CreditCode", DbType.String), ("TownshipId", DbType.Int32),
    ];

    private readonly MeasureStorage measures = new(db.Model);
    private readonly TierSql tiers = TierSql.For(db);

    /// <summary>One row's values, reused from row to row: the firm columns, each measure, the cleared mask.</summary>
    private object?[] values = [];

    /// <summary>
    /// SQLite: the staging insert as a statement of the engine itself, bound by position and stepped
    /// per row. Through SqliteCommand each row cost a reader and a parameter lookup by name, most of a
    /// registering import's reading time (docs/benchmarks.md).
    /// </summary>
    private sqlite3_stmt? insert;
    private NpgsqlBinaryImporter? copy;

    private static IEnumerable<string> StagedColumns =>
        FirmColumns.Select(c => c.Name).Concat(Measures.All.Select(m => m.Property)).Append("Cleared");

    public async Task BeginAsync(CancellationToken ct)
    {
        values = new object?[FirmColumns.Length + Measures.All.Count + 1];
        var measureColumns = string.Join(", ", Measures.All.Select(m => $"{MeasureColumns.Column(m.Measure)} {measures.ColumnType(m.Measure)}"));
        await ExecuteAsync(
            $"""
            DROP TABLE IF EXISTS {StageTable};
            CREATE TEMP TABLE {StageTable} (
                "RowNo" INTEGER PRIMARY KEY, "EnterpriseId" INTEGER, "Name" TEXT, "NormalizedName" TEXT, "NameReadings" TEXT, "CreditCode" TEXT, "TownshipId" INTEGER,
                {measureColumns}, "Cleared" INTEGER NOT NULL, "Kind" INTEGER, "Registered" INTEGER, "InitialTier" TEXT, "CodeRecorded" INTEGER);
            """,
            ct);

        var columnList = string.Join(", ", StagedColumns.Select(Quote));
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            // Joins the command's transaction; until CompareAsync completes it, the connection does nothing else.
            copy = await connection.BeginBinaryImportAsync($"COPY {StageTable} ({columnList}) FROM STDIN (FORMAT BINARY)", ct);
            return;
        }

        // The staging table outgrows SQLite's default 2 MB page cache for temporary tables a few
        // thousand rows in, and then every insert and the statements after it go to the temporary file.
        await ExecuteAsync($"PRAGMA temp.cache_size = -{StageCacheKib}", ct);
        var handle = SqliteHandle();
        var sql = $"INSERT INTO {StageTable} ({columnList}) VALUES ({string.Join(", ", StagedColumns.Select((_, i) => $"?{i + 1}"))})";
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, sql, out var statement), handle);
        insert = statement;
    }

    public void Stage(StagedFigures row)
    {
        Fill(row);
        if (copy is not null)
        {
            copy.StartRow();
            foreach (var value in values)
            {
                CopyValues.Write(copy, value);
            }

            return;
        }

        var statement = insert ?? throw new InvalidOperationException("BeginAsync first.");
        for (var i = 0; i < values.Length; i++)
        {
            var rc = values[i] switch
            {
                null => raw.sqlite3_bind_null(statement, i + 1),
                int number => raw.sqlite3_bind_int(statement, i + 1, number),
                long scaled => raw.sqlite3_bind_int64(statement, i + 1, scaled),
                decimal amount => raw.sqlite3_bind_text(statement, i + 1, amount.ToString(SqliteDecimalFormat, CultureInfo.InvariantCulture)),
                var text => raw.sqlite3_bind_text(statement, i + 1, (string)text),
            };
            SqliteException.ThrowExceptionForRC(rc, SqliteHandle());
        }

        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, SqliteHandle());
        }
    }

    public async Task<StagedCounts> CompareAsync(int year, CancellationToken ct)
    {
        await CompleteCopyAsync(ct);
        // Single commands lock their firm's row before touching its figures; the import changes figures
        // first and firms after, so without this the two could deadlock, and a record committed between
        // this comparison and the apply would be missed.
        await db.LockEnterprisesAsync(ct);

        var same = string.Join(" AND ", Measures.All.Select(m => $"{NewValue(m.Measure)} IS NOT DISTINCT FROM {MeasureColumns.Column(m.Measure, "f.")}"));
        await ExecuteAsync(
            $"""
            CREATE INDEX "IX_ImportStage_EnterpriseId" ON {StageTable} ("EnterpriseId");
            UPDATE {StageTable} AS s SET "Kind" = CASE WHEN {same} THEN {Unchanged} ELSE {Corrected} END
              FROM "AnnualFigures" AS f WHERE f."EnterpriseId" = s."EnterpriseId" AND f."Year" = @year;
            UPDATE {StageTable} SET "Kind" = {Added} WHERE "Kind" IS NULL;
            """,
            ct,
            ("@year", year));

        // The codes the file gives firms recorded without one; a code some firm took since the file was read is left out, never moved.
        var codes = await ExecuteAsync(
            $"""
            UPDATE {StageTable} AS s SET "CodeRecorded" = 1 FROM "Enterprises" AS e
             WHERE e."Id" = s."EnterpriseId" AND s."CreditCode" IS NOT NULL AND e."CreditCode" IS NULL
               AND NOT EXISTS (SELECT 1 FROM "Enterprises" AS o WHERE o."CreditCode" = s."CreditCode");
            """,
            ct);

        int added = 0, corrected = 0, unchanged = 0, unmatched = 0;
        await using (var count = Command($"SELECT \"Kind\", COUNT(*), SUM(CASE WHEN \"EnterpriseId\" IS NULL THEN 1 ELSE 0 END) FROM {StageTable} GROUP BY \"Kind\""))
        await using (var reader = await count.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var n = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
                unmatched += Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
                switch (Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture))
                {
                    case Added: added = n; break;
                    case Corrected: corrected = n; break;
                    default: unchanged = n; break;
                }
            }
        }

        var withoutOutput = new List<int>();
        await using (var missing = Command(
            $"SELECT \"RowNo\" FROM {StageTable} WHERE \"Kind\" = {Added} AND {MeasureColumns.Column(Measure.Output)} IS NULL ORDER BY \"RowNo\" LIMIT {ListedRowsWithoutOutput}"))
        await using (var reader = await missing.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                withoutOutput.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        return new StagedCounts(added, corrected, unchanged, unmatched, withoutOutput) { CreditCodes = codes };
    }

    public async Task<IReadOnlyList<ImportChange>> ChangesAsync(int year, int afterRow, int limit, CancellationToken ct)
    {
        await using var command = Command(
            $"""
            SELECT s."RowNo", s."EnterpriseId", COALESCE(e."Name", s."Name"), s."Cleared", {MeasureColumns.List("s.")}, f."Id", {MeasureColumns.List("f.")}
              FROM {StageTable} AS s
              LEFT JOIN "Enterprises" AS e ON e."Id" = s."EnterpriseId"
              LEFT JOIN "AnnualFigures" AS f ON f."EnterpriseId" = s."EnterpriseId" AND f."Year" = @year
             WHERE s."Kind" IN ({Added}, {Corrected}) AND s."RowNo" > @after
             ORDER BY s."RowNo" LIMIT @limit
            """,
            ("@year", year),
            ("@after", afterRow),
            ("@limit", limit));
        var changes = new List<ImportChange>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var staged = 4;
        var current = staged + Measures.All.Count + 1;
        while (await reader.ReadAsync(ct))
        {
            var before = reader.IsDBNull(current - 1) ? null : measures.Read(reader, current);
            var after = ChangesOf(reader, staged, Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)).ApplyTo(before);
            changes.Add(new ImportChange(
                Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                reader.IsDBNull(1) ? null : Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                before,
                after));
        }

        return changes;
    }

    public async Task<AppliedImport> ApplyAsync(ImportApplication apply, CancellationToken ct)
    {
        var now = ("@now", (object)apply.Now);
        var who = ("@who", (object)apply.Actor);
        var year = ("@year", (object)apply.Year);
        var file = ("@file", (object)apply.SourceFile);
        var imported = ("@source", (object)nameof(FiguresSource.Import));
        var active = ("@active", (object)nameof(EnterpriseStatus.Active));

        // Enterprise.Register (active, unclassified, version 1, its first state effective today) and the
        // initial tier move that recording its first figures makes (version 2), in one insert: the firm's
        // figures are the row's values, so the tier they imply is known before they are written. Updating
        // 500,000 new firms afterwards was a third of a registering import. The moves are written below.
        var today = ("@today", (object)apply.Today);
        var tier = tiers.ImpliedTier(NewValue(Measure.Output, figures: null));
        await ExecuteAsync($"UPDATE {StageTable} AS s SET \"Registered\" = 1, \"InitialTier\" = {tier} WHERE \"EnterpriseId\" IS NULL", ct);
        var registered = await ExecuteAsync(
            $"""
            INSERT INTO "Enterprises" ("Name", "NormalizedName", "NameReadings", "CreditCode", "TownshipId", "SegmentSource", "CurrentTier", "Status", "Version", "CreatedAt", "UpdatedAt", "StateSince")
            SELECT "Name", "NormalizedName", "NameReadings", "CreditCode", "TownshipId", @unclassified, "InitialTier", @active, 2, @now, @now, @today
              FROM {StageTable} WHERE "EnterpriseId" IS NULL ORDER BY "RowNo";
            """,
            ct,
            now,
            active,
            today,
            ("@unclassified", nameof(SegmentSource.Unclassified)));
        if (registered > 0)
        {
            await ExecuteAsync(
                $"""
                UPDATE {StageTable} AS s SET "EnterpriseId" = e."Id" FROM "Enterprises" AS e
                 WHERE s."EnterpriseId" IS NULL AND e."NormalizedName" = s."NormalizedName";
                INSERT INTO "EnterpriseStates" ("EnterpriseId", "EffectiveOn", "RecordedAt", "Status", "TownshipId")
                SELECT "EnterpriseId", @today, @now, @active, "TownshipId" FROM {StageTable} WHERE "Registered" = 1 ORDER BY "RowNo";
                """,
                ct,
                now,
                active,
                today);
        }

        // Enterprise.Update given only a code, for the firms that had none (UpdateEnterprise's twin).
        var codes = await ExecuteAsync(
            $"""
            UPDATE "Enterprises" AS e SET "CreditCode" = s."CreditCode", "Version" = e."Version" + 1, "UpdatedAt" = @now
              FROM {StageTable} AS s WHERE e."Id" = s."EnterpriseId" AND s."CodeRecorded" = 1;
            """,
            ct,
            now);

        // AnnualFigures.Correct: keep the superseded version, then apply the changes (FigureChanges.ApplyTo).
        var assignments = string.Join(", ", Measures.All.Select(m => $"{MeasureColumns.Column(m.Measure)} = {NewValue(m.Measure)}"));
        await ExecuteAsync(
            $"""
            INSERT INTO "AnnualFiguresRevisions" ("EnterpriseId", "Year", "Version", {MeasureColumns.List()}, "Source", "SourceFile", "RecordedBy", "RecordedAt", "SupersededAt")
            SELECT f."EnterpriseId", f."Year", f."Version", {MeasureColumns.List("f.")}, f."Source", f."SourceFile", f."RecordedBy", f."RecordedAt", @now
              FROM "AnnualFigures" AS f JOIN {StageTable} AS s ON s."EnterpriseId" = f."EnterpriseId"
             WHERE f."Year" = @year AND s."Kind" = {Corrected};
            UPDATE "AnnualFigures" AS f
               SET "Version" = f."Version" + 1, {assignments},
                   "Source" = @source, "SourceFile" = @file, "RecordedBy" = @who, "RecordedAt" = @now
              FROM {StageTable} AS s
             WHERE s."EnterpriseId" = f."EnterpriseId" AND f."Year" = @year AND s."Kind" = {Corrected};
            INSERT INTO "AnnualFigures" ("EnterpriseId", "Year", "Version", {MeasureColumns.List()}, "Source", "SourceFile", "RecordedBy", "RecordedAt")
            SELECT "EnterpriseId", @year, 1, {string.Join(", ", Measures.All.Select(m => NewValue(m.Measure, figures: null)))}, @source, @file, @who, @now
              FROM {StageTable} AS s WHERE "Kind" = {Added} ORDER BY "RowNo";
            """,
            ct,
            now,
            who,
            year,
            file,
            imported);

        // The initial tier move RecordAnnualFigures makes for a matched active firm whose tier is unknown, set-based.
        var matchedMoves = await ExecuteAsync(
            $"""
            UPDATE {StageTable} AS s SET "InitialTier" = {tiers.ImpliedTier("f.\"OutputWan\"")}
              FROM "Enterprises" AS e, "AnnualFigures" AS f
             WHERE s."Registered" IS NULL AND e."Id" = s."EnterpriseId" AND f."EnterpriseId" = s."EnterpriseId" AND f."Year" = @year
               AND s."Kind" IN ({Added}, {Corrected}) AND e."CurrentTier" IS NULL AND e."Status" = @active;
            """,
            ct,
            year,
            active);
        var moves = await ExecuteAsync(
            $"""
            INSERT INTO "TierMoves" ("EnterpriseId", "Year", "From", "To", "Kind", "Reason", "IsOverride", "ReviewId", "MovedBy", "MovedAt")
            SELECT "EnterpriseId", @year, NULL, "InitialTier", @initial, @reason, @no, NULL, @who, @now FROM {StageTable} WHERE "InitialTier" IS NOT NULL ORDER BY "RowNo";
            """,
            ct,
            now,
            who,
            year,
            ("@no", false),
            ("@initial", nameof(TierMoveKind.Initial)),
            ("@reason", apply.InitialMoveReason));
        if (matchedMoves > 0)
        {
            await ExecuteAsync(
                $"""
                UPDATE "Enterprises" AS e SET "CurrentTier" = s."InitialTier", "Version" = e."Version" + 1, "UpdatedAt" = @now
                  FROM {StageTable} AS s WHERE e."Id" = s."EnterpriseId" AND s."Registered" IS NULL AND s."InitialTier" IS NOT NULL;
                """,
                ct,
                now);
        }

        return new AppliedImport(registered, moves, codes);
    }

    public async Task<IReadOnlyList<AppliedFigures>> AppliedFiguresAsync(int year, int afterRow, int limit, CancellationToken ct)
    {
        const string Meta = "\"Version\", \"Source\", \"SourceFile\", \"RecordedBy\", \"RecordedAt\"";
        await using var command = Command(
            $"""
            SELECT s."RowNo", s."EnterpriseId", {Prefixed("f.", Meta)}, {MeasureColumns.List("f.")}, r."Id", {Prefixed("r.", Meta)}, {MeasureColumns.List("r.")}
              FROM {StageTable} AS s
              JOIN "AnnualFigures" AS f ON f."EnterpriseId" = s."EnterpriseId" AND f."Year" = @year
              LEFT JOIN "AnnualFiguresRevisions" AS r ON r."EnterpriseId" = f."EnterpriseId" AND r."Year" = f."Year" AND r."Version" = f."Version" - 1 AND s."Kind" = {Corrected}
             WHERE s."Kind" IN ({Added}, {Corrected}) AND s."RowNo" > @after
             ORDER BY s."RowNo" LIMIT @limit
            """,
            ("@year", year),
            ("@after", afterRow),
            ("@limit", limit));
        var rows = new List<AppliedFigures>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var revision = 2 + 5 + Measures.All.Count;
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new AppliedFigures(
                Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                reader.IsDBNull(revision) ? null : View(reader, year, revision + 1),
                View(reader, year, 2)));
        }

        return rows;
    }

    public async Task<AppliedFirms> AppliedFirmsAsync(CancellationToken ct) => new(
        await IdsAsync($"SELECT \"EnterpriseId\" FROM {StageTable} WHERE \"Registered\" = 1 ORDER BY \"RowNo\"", ct),
        await IdsAsync($"SELECT \"EnterpriseId\" FROM {StageTable} WHERE \"InitialTier\" IS NOT NULL ORDER BY \"RowNo\"", ct),
        await IdsAsync($"SELECT \"EnterpriseId\" FROM {StageTable} WHERE \"CodeRecorded\" = 1 ORDER BY \"RowNo\"", ct));

    public async Task EndAsync(CancellationToken ct)
    {
        // A refused or cancelled import still completes the COPY: cancelling it would abort the
        // transaction, and the staging tables are dropped below.
        await CompleteCopyAsync(ct);
        insert?.Dispose();
        insert = null;

        if (db.Database.GetDbConnection().State == ConnectionState.Open && db.Database.CurrentTransaction is not null && !RolledBackByEngine())
        {
            try
            {
                await ExecuteAsync($"DROP TABLE IF EXISTS {StageTable}", ct);
            }
            catch (PostgresException failed) when (failed.SqlState == PostgresErrorCodes.InFailedSqlTransaction)
            {
                // A statement of the import failed: the rollback drops the staging table, and the failure is the error to report.
            }
        }
    }

    public void Dispose()
    {
        copy?.Dispose();
        insert?.Dispose();
    }

    /// <summary>
    /// The stored value a measure has after a row's changes: cleared, kept (the cell was empty or the
    /// column absent), or the row's value — <see cref="FigureChanges.ApplyTo"/> in SQL.
    /// </summary>
    private static string NewValue(Measure measure, string? figures = "f.")
    {
        var kept = figures is null ? "NULL" : MeasureColumns.Column(measure, figures);
        return $"CASE WHEN (s.\"Cleared\" & {1 << (int)measure}) <> 0 THEN NULL WHEN {MeasureColumns.Column(measure, "s.")} IS NULL THEN {kept} ELSE {MeasureColumns.Column(measure, "s.")} END";
    }

    /// <summary>What a staged row (its measure columns from <paramref name="first"/>, its cleared mask) says of each measure.</summary>
    private FigureChanges ChangesOf(DbDataReader reader, int first, int cleared)
    {
        var staged = measures.ReadNullable(reader, first);
        return FigureChanges.Of(Measures.All
            .Where(m => (cleared & (1 << (int)m.Measure)) != 0 || staged[(int)m.Measure] is not null)
            .Select(m => KeyValuePair.Create(m.Measure, (cleared & (1 << (int)m.Measure)) != 0 ? null : staged[(int)m.Measure])));
    }

    private FiguresView View(DbDataReader reader, int year, int first)
    {
        var values = measures.Read(reader, first + 5);
        return FiguresView.Of(
            year,
            Convert.ToInt32(reader.GetValue(first), CultureInfo.InvariantCulture),
            values,
            Enum.Parse<FiguresSource>(reader.GetString(first + 1)),
            reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
            reader.GetString(first + 3),
            DateTime.SpecifyKind(reader.GetDateTime(first + 4), DateTimeKind.Utc));
    }

    private static string Prefixed(string alias, string columns) => string.Join(", ", columns.Split(", ").Select(c => alias + c));

    private static string Quote(string column) => $"\"{column}\"";

    /// <summary>
    /// SQLite rolls the whole transaction back by itself on some errors (SQLITE_FULL among them),
    /// taking the staging table with it; a command on that transaction would then throw and hide
    /// the real error.
    /// </summary>
    private bool RolledBackByEngine() =>
        db.Database.GetDbConnection() is SqliteConnection { Handle: { } handle } && raw.sqlite3_get_autocommit(handle) != 0;

    private sqlite3 SqliteHandle() =>
        ((SqliteConnection)db.Database.GetDbConnection()).Handle ?? throw new InvalidOperationException("An import runs on the command's open connection.");

    private async Task CompleteCopyAsync(CancellationToken ct)
    {
        if (copy is null)
        {
            return;
        }

        // Taken first: a COPY that failed to complete is not completed again by EndAsync, which would hide why.
        var completing = copy;
        copy = null;
        await using (completing)
        {
            await completing.CompleteAsync(ct);
        }
    }

    /// <summary>Puts <paramref name="row"/>'s values into <see cref="values"/>, in the order of <see cref="StagedColumns"/>.</summary>
    private void Fill(StagedFigures row)
    {
        values[0] = row.RowNumber;
        values[1] = row.EnterpriseId;
        values[2] = row.NewName;
        values[3] = row.NewName is null ? null : EnterpriseName.Normalize(row.NewName);
        values[4] = row.NewName is null ? null : NameReadings.Of(row.NewName);
        values[5] = row.NewCreditCode;
        values[6] = row.NewTownshipId;
        var cleared = 0;
        foreach (var measure in Measures.All)
        {
            row.Changes.Entries.TryGetValue(measure.Measure, out var value);
            if (row.Changes.Names(measure.Measure) && value is null)
            {
                cleared |= 1 << (int)measure.Measure;
            }

            values[FirmColumns.Length + (int)measure.Measure] = value is null ? null : measures.Stored(measure.Measure, value.Value);
        }

        values[^1] = cleared;
    }

    private async Task<IReadOnlyList<int>> IdsAsync(string sql, CancellationToken ct)
    {
        var ids = new List<int>();
        await using var command = Command(sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return ids;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>How long one set-based statement of an import may run.</summary>
    internal const int BulkStatementTimeoutSeconds = 600;

    private DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An import runs inside the command's transaction.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        // A set-based statement over a province's file can outlast the providers' 30-second default on a
        // busy server; the import is one transaction the user waits for, so it is given minutes, not seconds.
        command.CommandTimeout = BulkStatementTimeoutSeconds;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
