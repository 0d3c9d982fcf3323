using Jindong.Enterprises.Domain.Users;
using System.Data.Common;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Benchmarks;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Load.Bench;

/// <summary>
/// A registry as the load run finds it: migrated and seeded by the real initializer, then n
/// synthetic firms over the eleven townships and the segments (one in 23 unclassified), with 2023
/// and 2024 figures, the tier their 2024 output implies (an initial tier move each) and, for one
/// in five, a target one tier up; plus the accounts the run signs in with. Rows are written with
/// one parameterised INSERT per row on one transaction, the same SQL on SQLite and PostgreSQL.
/// </summary>
internal static class LoadRegistry
{
    public const string Password = "Load-bench-pa55word";
    public const string Admin = "admin";
    public const string Officer = "xiaoshun";
    public const string OfficerTownship = "孝顺镇";

    /// <summary>The figures insert's parameter of each measure.</summary>
    private static readonly (string Parameter, Measure Measure)[] MeasureParameters =
    [
        ("@output", Measure.Output), ("@revenue", Measure.Revenue), ("@tax", Measure.Tax), ("@va", Measure.ValueAdded), ("@land", Measure.Land),
        ("@employees", Measure.Employees), ("@rd", Measure.Rd), ("@energy", Measure.Energy), ("@emissions", Measure.Emissions),
    ];

    public static async Task CreateAsync(DatabaseOptions options, int firms)
    {
        await using var services = new ServiceCollection()
            .AddApplication()
            .AddInfrastructure(options)
            .AddSingleton<ICurrentUser, BenchAdmin>()
            .BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JindongDbContext>();
            await InsertFirmsAsync(db, firms);
            if (options.EffectiveProvider == DatabaseProvider.Postgres)
            {
                // What autovacuum would have done by the time a registry of this size is browsed: statistics
                // for the planner, and the visibility map that lets counts use index-only scans.
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new CreateUser(Admin, Password, "admin"));
            await mediator.Send(new CreateUser(Officer, Password, "township", OfficerTownship));
        }
    }

    private static async Task InsertFirmsAsync(JindongDbContext db, int firms)
    {
        var townships = await db.Townships.OrderBy(t => t.No).Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Name, t => t.Id);
        var segments = await db.Segments.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var now = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        var since = DateOnly.FromDateTime(now);
        // Amounts in their stored form (scaled integers on SQLite, numerics on PostgreSQL).
        var storage = new MeasureStorage(db.Model);

        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();

        await using var firm = Command(connection, dbTransaction, """
            INSERT INTO "Enterprises" ("Name", "NormalizedName", "CreditCode", "TownshipId", "SegmentId", "SegmentSource", "Target", "CurrentTier", "Status", "Version", "CreatedAt", "UpdatedAt", "StateSince")
            VALUES (@name, @normalized, @code, @township, @segment, @source, @target, @tier, 'Active', 1, @now, @now, @since) RETURNING "Id"
            """);
        await using var figures = Command(connection, dbTransaction, """
            INSERT INTO "AnnualFigures" ("EnterpriseId", "Year", "Version", "OutputWan", "RevenueWan", "TaxWan", "ValueAddedWan", "LandMu", "Employees", "RdWan", "EnergyTce", "EmissionsTonnes", "Source", "SourceFile", "RecordedBy", "RecordedAt")
            VALUES (@id, @year, 1, @output, @revenue, @tax, @va, @land, @employees, @rd, @energy, @emissions, 'Import', 'load-bench.csv', 'bench', @now)
            """);
        // Each firm's first dated state, as registering it writes (the registry of record).
        await using var state = Command(connection, dbTransaction, """
            INSERT INTO "EnterpriseStates" ("EnterpriseId", "EffectiveOn", "RecordedAt", "Status", "TownshipId", "SegmentId", "Target")
            VALUES (@id, @since, @now, 'Active', @township, @segment, @target)
            """);
        await using var move = Command(connection, dbTransaction, """
            INSERT INTO "TierMoves" ("EnterpriseId", "Year", "From", "To", "Kind", "Reason", "IsOverride", "MovedBy", "MovedAt")
            VALUES (@id, 2024, NULL, @tier, 'Initial', '2024年产值', @override, 'bench', @now)
            """);

        for (var i = 1; i <= firms; i++)
        {
            var values = SyntheticFirms.Values(i);
            // 2023 a little below 2024, so the firm page's chart and year table have two points.
            var earlier = values with { Output = Math.Round(values.Output * 0.9m, 2), Revenue = Math.Round(values.Revenue * 0.9m, 2) };
            var tier = TierScale.ImpliedBy(values.Output);
            Tier? target = i % 5 == 0 && tier is >= Tier.AboveScale and < Tier.Over5Billion ? tier + 1 : null;
            int? segment = i % 23 == 0 ? null : segments[i % segments.Count];

            Set(firm, "@name", SyntheticFirms.Name(i));
            Set(firm, "@normalized", Domain.Enterprises.EnterpriseName.Normalize(SyntheticFirms.Name(i)));
            Set(firm, "@code", SyntheticFirms.Code(i));
            Set(firm, "@township", townships[SyntheticFirms.Township(i)]);
            Set(firm, "@segment", segment);
            Set(firm, "@source", segment is null ? "Unclassified" : "Manual");
            Set(firm, "@target", target?.ToString());
            Set(firm, "@tier", tier.ToString());
            Set(firm, "@now", now);
            Set(firm, "@since", since);
            var id = Convert.ToInt32(await firm.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

            foreach (var (year, v) in new[] { (2023, earlier), (2024, values) })
            {
                Set(figures, "@id", id);
                Set(figures, "@year", year);
                var stored = v.InMeasureOrder;
                foreach (var (parameter, measure) in MeasureParameters)
                {
                    Set(figures, parameter, storage.Stored(measure, stored[(int)measure]));
                }

                Set(figures, "@now", now);
                await figures.ExecuteNonQueryAsync();
            }

            Set(state, "@id", id);
            Set(state, "@since", since);
            Set(state, "@now", now);
            Set(state, "@township", townships[SyntheticFirms.Township(i)]);
            Set(state, "@segment", segment);
            Set(state, "@target", target?.ToString());
            await state.ExecuteNonQueryAsync();

            Set(move, "@id", id);
            Set(move, "@tier", tier.ToString());
            Set(move, "@override", false);
            Set(move, "@now", now);
            await move.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        await db.Database.CloseConnectionAsync();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(DbCommand command, string name, object? value)
    {
        if (!command.Parameters.Contains(name))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Parameters[name].Value = value ?? DBNull.Value;
    }

    private sealed class BenchAdmin : ICurrentUser
    {
        public string Name => "load-bench";

        public AccountRole Role => AccountRole.Admin;

        public int? TownshipId => null;
    }
}
