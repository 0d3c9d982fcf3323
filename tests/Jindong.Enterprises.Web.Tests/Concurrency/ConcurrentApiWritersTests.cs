using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Concurrency;

/// <summary>
/// Eight signed-in clients sending their writes for the same two firms at once through the API:
/// figures without a version (recorded whatever came before), figures and profile edits with the
/// version the client just read (recorded, or 409 when someone saved in between), and edits with a
/// version known to be stale (always 409).
/// </summary>
public sealed class ConcurrentApiWritersTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    private const int Clients = 8;
    private const int Rounds = 6;
    private const string ConcurrentChange = "该记录已被他人修改，请刷新后重试。";

    [Fact]
    public async Task Parallel_recording_correcting_and_editing_the_same_firms_loses_no_update_and_refuses_only_with_409()
    {
        int[] firms = [await app.FirmIdAsync(61), await app.FirmIdAsync(62)];
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => app.SignedInClientAsync("admin")));
        var ledger = new WriteLedger();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = clients.Select((client, c) => Task.Run(async () =>
        {
            await start.Task;
            var answers = new List<Answer>();
            for (var round = 0; round < Rounds; round++)
            {
                var firm = firms[(c + round) % firms.Length];
                var year = 2023 + (round % 2);
                var output = 30_000m + (c * 100) + round;
                answers.Add(((c + round) % 3) switch
                {
                    0 => await RecordAsync(client, ledger, firm, year, output, expectedVersion: null),
                    1 => await RecordAsync(client, ledger, firm, year, output, await FiguresVersionAsync(client, firm, year)),
                    _ => await RenameAsync(client, ledger, firm, $"金华并发接口{c}号{round}轮有限公司", (await FirmAsync(client, firm)).GetProperty("version").GetInt32()),
                });
            }

            return answers;
        })).ToList();
        start.SetResult();
        var answers = (await Task.WhenAll(writers)).SelectMany(a => a).ToList();

        // Writes that named a stale version: all refused, all at once.
        var staleVersions = await Task.WhenAll(firms.Select(async f =>
            (Firm: f, Profile: (await FirmAsync(clients[0], f)).GetProperty("version").GetInt32(), Figures: await FiguresVersionAsync(clients[0], f, 2023))));
        var stale = await Task.WhenAll(clients.Select(async (client, c) =>
        {
            var (firm, profile, figures) = staleVersions[c % staleVersions.Length];
            return c % 2 == 0
                ? await RenameAsync(client, ledger, firm, $"金华过期版本{c}号有限公司", profile - 1)
                : await RecordAsync(client, ledger, firm, 2023, 40_000m + c, figures - 1);
        }));

        foreach (var answer in answers.Concat(stale))
        {
            Assert.True(
                answer.Status == HttpStatusCode.OK || (answer.Status == HttpStatusCode.Conflict && answer.ExpectedVersion is not null),
                $"{answer.Write} with expected version {answer.ExpectedVersion?.ToString() ?? "none"}: {(int)answer.Status} {answer.Body}");
            if (answer.Status == HttpStatusCode.Conflict)
            {
                Assert.Equal("application/problem+json", answer.MediaType);
                var problem = JsonDocument.Parse(answer.Body).RootElement;
                Assert.Equal(409, problem.GetProperty("status").GetInt32());
                Assert.Equal(ConcurrentChange, problem.GetProperty("title").GetString());
            }
        }

        Assert.All(stale, a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
        Assert.Empty(await app.QueryAsync(ledger.FindLostUpdatesAsync));
    }

    [Fact]
    public async Task Eight_simultaneous_registrations_of_one_name_register_it_once_and_tell_the_others_why()
    {
        const string name = "金华并发注册测试有限公司";
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => app.SignedInClientAsync("admin")));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var registrations = clients.Select(client => Task.Run(async () =>
        {
            await start.Task;
            var response = await client.PostAsJsonAsync("/api/firms", new { name, township = "傅村镇", target = "超亿元" });
            return await Answer.OfAsync(new LedgerWrite(0, Name: name), null, response);
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(registrations);

        // The loser either read the winner's row (the name is taken: 400 on the field) or inserted
        // beside it and hit the unique index (someone else saved first: 409) — never a 500.
        Assert.Single(answers, a => a.Status == HttpStatusCode.Created);
        foreach (var refused in answers.Where(a => a.Status != HttpStatusCode.Created))
        {
            Assert.True(refused.Status is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"{(int)refused.Status} {refused.Body}");
            Assert.Equal("application/problem+json", refused.MediaType);
            var problem = JsonDocument.Parse(refused.Body).RootElement;
            if (refused.Status == HttpStatusCode.Conflict)
            {
                Assert.Equal(ConcurrentChange, problem.GetProperty("title").GetString());
            }
            else
            {
                Assert.Contains(name, problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
            }
        }

        var registered = await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Enterprises, e => e.Name == name));
        Assert.Equal(1, await app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditEntries, a => a.Command == "RegisterEnterprise" && a.EnterpriseId == registered.Id)));
    }

    private static async Task<Answer> RecordAsync(HttpClient client, WriteLedger ledger, int firm, int year, decimal output, int? expectedVersion)
    {
        var write = new LedgerWrite(firm, year, output);
        var response = await ledger.TimeAsync(
            write,
            () => client.PostAsJsonAsync($"/api/firms/{firm}/figures", new { year, output, tax = 500m, expectedVersion }),
            r => r.StatusCode == HttpStatusCode.OK);
        return await Answer.OfAsync(write, expectedVersion, response);
    }

    private static async Task<Answer> RenameAsync(HttpClient client, WriteLedger ledger, int firm, string name, int expectedVersion)
    {
        var write = new LedgerWrite(firm, Name: name);
        var response = await ledger.TimeAsync(
            write,
            () => client.PutAsJsonAsync($"/api/firms/{firm}", new { name, expectedVersion }),
            r => r.StatusCode == HttpStatusCode.OK);
        return await Answer.OfAsync(write, expectedVersion, response);
    }

    private static async Task<JsonElement> FirmAsync(HttpClient client, int firm) =>
        await (await client.GetAsync($"/api/firms/{firm}")).JsonAsync();

    /// <summary>The version of the year's figures as the client reads it now; null while the year has none.</summary>
    private static async Task<int?> FiguresVersionAsync(HttpClient client, int firm, int year) =>
        (await FirmAsync(client, firm)).GetProperty("figures").EnumerateArray()
            .Where(f => f.GetProperty("year").GetInt32() == year)
            .Select(f => (int?)f.GetProperty("version").GetInt32())
            .SingleOrDefault();

    private sealed record Answer(LedgerWrite Write, int? ExpectedVersion, HttpStatusCode Status, string? MediaType, string Body)
    {
        public static async Task<Answer> OfAsync(LedgerWrite write, int? expectedVersion, HttpResponseMessage response) =>
            new(write, expectedVersion, response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
