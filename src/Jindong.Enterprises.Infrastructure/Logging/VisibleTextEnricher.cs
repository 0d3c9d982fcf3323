using Jindong.Enterprises.Application.Common;
using Serilog.Core;
using Serilog.Events;

namespace Jindong.Enterprises.Infrastructure.Logging;

/// <summary>
/// Escapes control and format characters in every text a log event carries, so a value from
/// outside (a file name with a line break, a user name with an escape sequence) stays inside its
/// own log line and never drives the terminal that reads the log. Both the web app and the CLI log through it.
/// </summary>
public sealed class VisibleTextEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && VisibleText.Escape(text) is var escaped && !ReferenceEquals(escaped, text))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(escaped)));
            }
        }
    }
}
