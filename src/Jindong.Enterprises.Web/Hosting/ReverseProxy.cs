using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Running behind a TLS reverse proxy (nginx, a load balancer): the proxy's X-Forwarded-For and
/// X-Forwarded-Proto are believed only from the proxies configured here (configuration section
/// "ReverseProxy": KnownProxies, KnownNetworks) and from this machine itself (127.0.0.0/8, ::1).
/// Then the request counts as HTTPS — cookies are Secure, HSTS is sent — and the client's address
/// is the one the proxy saw, for the sign-in throttle and the log. From anyone else the headers are ignored.
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
