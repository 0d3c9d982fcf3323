using System.CommandLine;
using Jindong.Enterprises.Application.Maintenance;
using Jindong.Enterprises.Cli.Hosting;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Cli.Resources;

namespace Jindong.Enterprises.Cli.Verbs;

/// <summary>`jindong db migrate|backup|restore`.</summary>
internal static class DbVerbs
{
    public static Command Build()
    {
        var db = new Command("db", CliText.DbDescription);

        var migrate = new Command("migrate", CliText.DbMigrateDescription);
        migrate.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var applied = await mediator.Send(new GetAppliedMigrations(), token);
            Tables.Line(Labels.Format(CliText.DbMigrated, applied.Count, (applied.Count > 0 ? applied[^1] : null)));
        }, ct));
        db.Subcommands.Add(migrate);

        var backupFile = new Argument<string>("file") { Description = CliText.BackupFileArgument };
        var backup = new Command("backup", CliText.DbBackupDescription) { backupFile };
        backup.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
            Tables.Line(Labels.Format(CliText.DbBackedUp, await mediator.Send(new BackupDatabase(parse.GetValue(backupFile)!), token))), ct));
        db.Subcommands.Add(backup);

        var restoreFile = new Argument<string>("file") { Description = CliText.BackupFileArgument };
        var restore = new Command("restore", CliText.DbRestoreDescription) { restoreFile };
        restore.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (mediator, token) =>
        {
            var applied = await mediator.Send(new RestoreDatabase(parse.GetValue(restoreFile)!), token);
            Tables.Line(Labels.Format(CliText.DbRestored, parse.GetValue(restoreFile), (applied.Count > 0 ? applied[^1] : null)));
        }, ct));
        db.Subcommands.Add(restore);
        return db;
    }
}
