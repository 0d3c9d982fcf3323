using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Cli.Resources;
using Jindong.Enterprises.Domain;
using Microsoft.Data.Sqlite;
using Serilog;

namespace Jindong.Enterprises.Cli.Output;

/// <summary>The one map from an error to what the user reads on stderr and the exit code.</summary>
internal static class CliErrors
{
    public static int Report(Exception exception, string database)
    {
        switch (exception)
        {
            case InputValidationException validation:
                foreach (var message in validation.Errors.SelectMany(e => e.Value))
                {
                    Error($"{CliText.ErrorPrefix}{message}");
                }

                return ExitCodes.InvalidInput;
            case NotFoundException or ConflictException or RuleViolationException or ForbiddenException:
                Error($"{CliText.ErrorPrefix}{exception.Message}");
                return ExitCodes.InvalidInput;
            case DomainRuleException rule:
                Error($"{CliText.ErrorPrefix}{RuleMessages.For(rule)}");
                return ExitCodes.InvalidInput;
            case StorageException storage:
                // Not the user's input, but not a bug either: say what to fix; the log keeps the engine's error.
                Log.Error(storage, "Storage problem {Problem} on {Database}", storage.Problem, storage.Database);
                Error($"{CliText.ErrorPrefix}{storage.Message}");
                return ExitCodes.Unexpected;
            case SqliteException sqlite:
                Log.Error(sqlite, "Database error on {Database}", database);
                Error(string.Format(CultureInfo.CurrentCulture, CliText.DatabaseError, database, sqlite.Message));
                return ExitCodes.Unexpected;
            default:
                Log.Error(exception, "Unexpected error");
                Error(string.Format(CultureInfo.CurrentCulture, CliText.UnexpectedError, exception.Message, "logs/"));
                return ExitCodes.Unexpected;
        }
    }

    /// <summary>A line on stderr; what came from the user or the data cannot drive the terminal.</summary>
    public static void Error(string line) => Console.Error.WriteLine(VisibleText.Escape(line));

    public static int ReportArgumentErrors(IEnumerable<string> messages)
    {
        Error(CliText.ArgumentErrors);
        foreach (var message in messages)
        {
            Error($"  {message}");
        }

        return ExitCodes.InvalidInput;
    }
}
