using System.Data.Common;
using System.Diagnostics;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Tests.Infrastructure.Persistence;

/// <summary>Every `jindong` command and every web start opens the registry: an up-to-date one costs a single probe.</summary>
public sealed class StartupProbeTests : RegistryTest
{
    [Fact]
    public async Task Starting_an_up_to_date_registry_asks_nothing_of_the_migrations()
    {
        using var commands = new CommandLog(App.Database.Name);

        await App.InitializeDatabaseAsync();

        Assert.Empty(commands.Texts);
    }

    [Fact]
    public async Task A_registry_one_migration_behind_is_migrated_on_start_and_its_firms_are_found_by_name()
    {
        await App.ExecuteAsync(async services =>
        {
            var db = services.GetRequiredService<JindongDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        });
        Assert.Single(await App.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));

        await App.InitializeDatabaseAsync();

        Assert.Empty(await App.QueryAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Single((await App.SendAsync(new ListEnterprises(Text: "大众齿轮"))).Items);
        // The migration to the pinyin readings fills them in for the firms already there.
        Assert.Contains("浙江大众齿轮有限公司", (await App.SendAsync(new ListEnterprises(Text: "zjdzcl"))).Items.Select(f => f.Name));
    }

    [Fact]
    public async Task The_name_search_is_put_back_when_a_migration_dropped_its_triggers()
    {
        // What SQLite does to the triggers of a table a migration rebuilds; on PostgreSQL, a dropped index.
        await ExecuteSqlAsync(TestDatabase.Provider == DatabaseProvider.Sqlite
            ? """DROP TRIGGER "Enterprises_SearchInserted"; DROP TRIGGER "Enterprises_SearchUpdated";"""
            : """DROP INDEX "IX_Enterprises_Name_Trigram";""");
        var added = await App.SendAsync(new RegisterEnterprise("金华金东触发器测试有限公司", "多湖街道"));
        await App.SendAsync(new UpdateEnterprise(await App.FirmIdAsync(9), Name: "浙江大众齿轮改名有限公司"));

        await App.ExecuteAsync(services => SearchIndex.EnsureAsync(services.GetRequiredService<JindongDbContext>(), CancellationToken.None));

        Assert.True(await App.QueryAsync(db => SearchIndex.IsCompleteAsync(db, CancellationToken.None)));
        Assert.Equal(added, Assert.Single((await App.SendAsync(new ListEnterprises(Text: "触发器测试"))).Items).Id);
        Assert.Single((await App.SendAsync(new ListEnterprises(Text: "齿轮改名"))).Items);
        Assert.Equal(0, (await App.SendAsync(new ListEnterprises(Text: "浙江大众齿轮有限公司"))).Total);
        var later = await App.SendAsync(new RegisterEnterprise("金华金东触发器恢复有限公司", "多湖街道"));
        Assert.Equal(later, Assert.Single((await App.SendAsync(new ListEnterprises(Text: "触发器恢复"))).Items).Id);
    }

    private Task<int> ExecuteSqlAsync(string sql) =>
        App.ExecuteAsync(services => services.GetRequiredService<JindongDbContext>().Database.ExecuteSqlRawAsync(sql));

    /// <summary>The SQL EF Core sends to one test database while it is alive (other tests run alongside).</summary>
    private sealed class CommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string database;
        private readonly List<IDisposable> subscriptions = [];

        public CommandLog(string database)
        {
            this.database = database;
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public List<string> Texts { get; } = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (subscriptions)
                {
                    subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: DbCommand command }
                && (command.Connection?.ConnectionString.Contains(database, StringComparison.Ordinal) ?? false))
            {
                lock (Texts)
                {
                    Texts.Add(command.CommandText);
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (subscriptions)
            {
                subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
