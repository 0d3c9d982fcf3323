using System.Diagnostics;
using Jindong.Enterprises.Application.Common.Security;
using MediatR;
using Serilog;

namespace Jindong.Enterprises.Application.Common.Behaviors;

/// <summary>Logs every request with its user and duration, and every failure.</summary>
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
            log.Information("Handled {Request} for {User} in {ElapsedMs} ms", name, user.Name, watch.ElapsedMilliseconds);
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
