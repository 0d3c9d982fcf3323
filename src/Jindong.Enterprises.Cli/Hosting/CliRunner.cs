using System.CommandLine;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Cli.Output;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace Jindong.Enterprises.Cli.Hosting;

/// <summary>Runs one verb: opens (creating, migrating, seeding on first use) the database, then the body.</summary>
internal static class CliRunner
{
    public static Task<int> RunAsync(ParseResult parse, Func<IMediator, CancellationToken, Task> body, CancellationToken ct) =>
        RunAsync(parse, (mediator, _, token) => body(mediator, token), ct);

    /// <summary>For a verb that writes tables (CSV, .xlsx): the body gets the one table writer too.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<IMediator, ITableWriter, CancellationToken, Task> body, CancellationToken ct)
    {
        var database = GlobalOptions.DatabaseOf(parse);
        try
        {
            await using var services = CliServices.Build(database);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            await body(scope.ServiceProvider.GetRequiredService<IMediator>(), scope.ServiceProvider.GetRequiredService<ITableWriter>(), ct);
            return ExitCodes.Done;
        }
        catch (Exception exception)
        {
            // Opening and migrating run outside the mediator, so their storage errors are translated here.
            return CliErrors.Report(StorageErrors.Translate(exception, database) ?? exception, database.SqliteFile ?? database.EffectiveProvider.ToString());
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}
