using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Tests.Load;

/// <summary>
/// The fast version of the load bench (bench/Jindong.Enterprises.Load.Bench): a short burst of
/// parallel requests through real Kestrel, every answer checked whole. No timing is asserted;
/// speed is the bench's to prove.
/// </summary>
public sealed class ParallelPagesTests(LoadFixture app) : IClassFixture<LoadFixture>
{
    private const int Connections = 8;
    private const int RequestsPerConnection = 40;
    private const string Township = "孝顺镇";

    [Fact]
    public async Task Eight_connections_at_once_get_every_list_firm_page_and_dashboard_whole_and_scoped_to_the_user()
    {
        var all = await app.QueryAsync(db => db.Enterprises.CountAsync());
        var active = await app.QueryAsync(db => db.Enterprises.CountAsync(e => e.Status == EnterpriseStatus.Active));
        var ofTownship = await app.QueryAsync(db => (from e in db.Enterprises join t in db.Townships on e.TownshipId equals t.Id where t.Name == Township select e).CountAsync());
        var firm = await app.QueryAsync(db => db.Enterprises.Where(e => e.Name == LoadFixture.FirmName(1234)).Select(e => new { e.Id, e.TownshipId }).SingleAsync());
        var elsewhere = await app.QueryAsync(db => (from e in db.Enterprises join t in db.Townships on e.TownshipId equals t.Id where t.Name != Township select e.Id).FirstAsync());
        Assert.Equal(100 + LoadFixture.SyntheticFirms, all);

        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Connections }) { BaseAddress = app.ServerAddress };
        var admin = await SessionCookieAsync(client, "admin");
        var officer = await SessionCookieAsync(client, "xiaoshun");
        var township = Uri.EscapeDataString(Township);
        var targets = new (string Path, string Cookie, HttpStatusCode Status, string Expected)[]
        {
            ("/Firms", admin, HttpStatusCode.OK, $"共 {all} 家企业"),
            ($"/Firms?township={township}&p=3", admin, HttpStatusCode.OK, $"第 3 / {(ofTownship + 24) / 25} 页"),
            ($"/Firms?q={Uri.EscapeDataString("负载测试企业0123")}", admin, HttpStatusCode.OK, "共 10 家企业"),
            ($"/Firms/Details/{firm.Id}", admin, HttpStatusCode.OK, LoadFixture.FirmName(1234)),
            ("/", admin, HttpStatusCode.OK, $"在库企业 {active} 家"),
            ("/api/firms?page=2&pageSize=25", admin, HttpStatusCode.OK, $"\"total\":{all}"),
            ("/Firms", officer, HttpStatusCode.OK, $"共 {ofTownship} 家企业"),
            ($"/Firms/Details/{elsewhere}", officer, HttpStatusCode.NotFound, string.Empty),
        };

        var wrong = new ConcurrentQueue<string>();
        var answered = 0;
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(connection => Task.Run(async () =>
        {
            for (var i = 0; i < RequestsPerConnection; i++)
            {
                var (path, cookie, status, expected) = targets[(connection + i) % targets.Length];
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Cookie", cookie);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != status || !body.Contains(expected, StringComparison.Ordinal))
                {
                    wrong.Enqueue($"{path}: {(int)response.StatusCode}, expected {(int)status} with \"{expected}\"");
                }

                Interlocked.Increment(ref answered);
            }
        })));

        Assert.Empty(wrong);
        Assert.Equal(Connections * RequestsPerConnection, answered);
    }

    private static async Task<string> SessionCookieAsync(HttpClient client, string userName)
    {
        using var response = await client.PostAsJsonAsync("/api/session", new { userName, password = JindongWebFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';', 2)[0]));
    }
}
