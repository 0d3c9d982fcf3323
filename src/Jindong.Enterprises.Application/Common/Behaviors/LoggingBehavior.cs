using System.Diagnostics;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;
using Serilog;
using Serilog.Events;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>Logs every request with its user and duration (reads at Debug), and every failure.</summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var log = Log.ForContext("Request", name).ForContext("User", user.Name);
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await next();
            // Reads are every page view and change nothing: Debug, so the production log keeps every
            // change here and one line per HTTP request (the request log) rather than three.
            log.Write(request is ICommandMarker ? LogEventLevel.Information : LogEventLevel.Debug, "Handled {Request} for {User} in {ElapsedMs} ms", name, user.Name, watch.ElapsedMilliseconds);
            return response;
        }
        catch (Exception exception) when (ErrorKinds.IsExpected(exception))
        {
            log.Information("Refused {Request} for {User}: {Reason}", name, user.Name, exception.Message);
            throw;
        }
        catch (Exception exception)
        {
            log.Error(exception, "Failed {Request} for {User}", name, user.Name);
            throw;
        }
    }
}
