using System.Diagnostics;
using System.Net;

namespace Jindong.Enterprises.Load.Bench;

/// <summary>
/// What the first users of a server just (re)started meet: as soon as it answers /health, C
/// requests for one page at once, each timed to its complete answer (the issue measured none of
/// 16 completing within 8 s at 500,000 firms).
/// </summary>
internal static class ColdStart
{
    public sealed record Result(int Completed, int Requests, double P50, double Max);

    public static async Task<Result> MeasureAsync(WebServer server, string path, string cookie, string expected, int requests)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = requests })
        {
            BaseAddress = server.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var times = await Task.WhenAll(Enumerable.Range(0, requests).Select(async _ =>
        {
            var watch = Stopwatch.StartNew();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", cookie);
            try
            {
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                return response.StatusCode == HttpStatusCode.OK && body.Contains(expected, StringComparison.Ordinal) ? watch.Elapsed.TotalMilliseconds : (double?)null;
            }
            catch (TaskCanceledException)
            {
                return null;
            }
        }));
        var completed = times.Where(t => t is not null).Select(t => t!.Value).Order().ToList();
        return new Result(
            completed.Count,
            requests,
            completed.Count == 0 ? double.NaN : completed[completed.Count / 2],
            completed.Count == 0 ? double.NaN : completed[^1]);
    }
}
