using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;

namespace Jindong.Enterprises.Cli.Hosting;

/// <summary>Builds the services one CLI invocation needs, and its log next to the database.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(DatabaseOptions options)
    {
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With<Infrastructure.Logging.VisibleTextEnricher>()
            // Shared: several jindong processes may run at once and append to the same day's file.
            .WriteTo.File(LogFile(options), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, shared: true)
            .CreateLogger();

        return new ServiceCollection()
            .AddApplication()
            .AddInfrastructure(options)
            .AddSingleton<ICurrentUser, CliUser>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>JINDONG_LOG_DIR, else logs/ beside the SQLite file, else logs/ in the current folder.</summary>
    public static string LogFile(DatabaseOptions options)
    {
        var directory = Environment.GetEnvironmentVariable("JINDONG_LOG_DIR");
        if (string.IsNullOrEmpty(directory))
        {
            var beside = options.SqliteFile is { } file ? Path.GetDirectoryName(Path.GetFullPath(file)) : null;
            directory = Path.Combine(beside ?? ".", "logs");
        }

        return Path.Combine(directory, "jindong-.log");
    }
}
