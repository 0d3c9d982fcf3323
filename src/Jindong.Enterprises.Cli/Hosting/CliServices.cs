using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace Jindong.Enterprises.Cli.Hosting;

/// <summary>Builds the services one CLI invocation needs, and its log next to the database.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(string database)
    {
        var options = new DatabaseOptions { ConnectionString = database };
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.File(LogFile(options), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31)
            .CreateLogger();

        return new ServiceCollection()
            .AddApplication()
            .AddInfrastructure(options)
            .AddSingleton<ICurrentUser, CliUser>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>logs/jindong-YYYYMMDD.log beside the database file, or JINDONG_LOG_DIR.</summary>
    public static string LogFile(DatabaseOptions options)
    {
        var directory = Environment.GetEnvironmentVariable("JINDONG_LOG_DIR");
        if (string.IsNullOrEmpty(directory))
        {
            var file = new SqliteConnectionStringBuilder(options.SqliteConnectionString()).DataSource;
            directory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", "logs");
        }

        return Path.Combine(directory, "jindong-.log");
    }
}
