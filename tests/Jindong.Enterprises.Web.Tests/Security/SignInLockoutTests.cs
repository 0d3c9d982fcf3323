using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// Sign-in refusals tell nothing about accounts: an unknown name, a wrong password, a locked and
/// a disabled account get one answer after the same work. One computer is throttled after five
/// failures, so it can neither guess on nor lock anyone out; ten failures from several computers
/// lock an account until it times out or an administrator unlocks it, audited once.
/// </summary>
public sealed class SignInLockoutTests(SignInLockoutTests.CountingFactory app) : IClassFixture<SignInLockoutTests.CountingFactory>
{
    private const string Refused = "用户名或密码错误。";

    [Fact]
    public async Task Unknown_wrong_locked_and_disabled_get_the_same_answer_after_exactly_one_password_check_each()
    {
        await app.CreateUserAsync("same-locked", "viewer");
        await app.CreateUserAsync("same-disabled", "viewer");
        await app.CreateUserAsync("same-wrong", "viewer");
        await LockAsync("same-locked");
        await app.SendAsAdminAsync(new DisableUser("same-disabled"));

        var answers = new List<string>();
        foreach (var (name, password) in new[] { ("no-such-user", JindongWebFactory.Password), ("same-wrong", "wrong-password"), ("same-locked", JindongWebFactory.Password), ("same-disabled", JindongWebFactory.Password) })
        {
            var checks = app.Hashing.Verifications;
            var response = await NewClient().PostAsJsonAsync("/api/session", new { userName = name, password });
            answers.Add($"{(int)response.StatusCode} {(await response.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString()}");
            Assert.True(app.Hashing.Verifications - checks == 1, $"{name}: {app.Hashing.Verifications - checks} password checks");
        }

        Assert.All(answers, a => Assert.Equal($"401 {Refused}", a));
        var page = NewClient();
        var token = await AuthorizationMatrixTests.AntiforgeryTokenAsync(page, "/SignIn");
        Assert.Contains(Refused, await SignInOnPageAsync(page, token, "same-locked", JindongWebFactory.Password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_computer_that_fails_five_times_is_refused_every_sign_in_for_fifteen_minutes_while_others_sign_in()
    {
        await app.CreateUserAsync("throttled", "viewer");
        var guesser = NewClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await guesser.PostAsJsonAsync("/api/session", new { userName = $"guess-{attempt}", password = "wrong-password" });
        }

        var refused = await guesser.PostAsJsonAsync("/api/session", new { userName = "throttled", password = JindongWebFactory.Password });
        var elsewhere = await NewClient().PostAsJsonAsync("/api/session", new { userName = "throttled", password = JindongWebFactory.Password });

        Assert.Equal("本机登录失败次数过多，请 15 分钟后再试。", (await refused.ProblemAsync(HttpStatusCode.TooManyRequests)).GetProperty("title").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        app.Clock.Advance(SignInThrottleWindow);
        Assert.Equal(HttpStatusCode.OK, (await guesser.PostAsJsonAsync("/api/session", new { userName = "throttled", password = JindongWebFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task One_computer_cannot_lock_an_account_but_ten_failures_from_several_do_an_administrator_unlocks_it_and_it_is_audited_once()
    {
        await app.CreateUserAsync("lockable", "township", SecurityWebFactory.Township);
        var first = NewClient();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            await first.PostAsJsonAsync("/api/session", new { userName = "lockable", password = "wrong-password" });
        }

        Assert.Equal(HttpStatusCode.OK, (await NewClient().PostAsJsonAsync("/api/session", new { userName = "lockable", password = JindongWebFactory.Password })).StatusCode);
        await LockAsync("lockable");
        var whileLocked = await NewClient().PostAsJsonAsync("/api/session", new { userName = "lockable", password = JindongWebFactory.Password });
        await app.SendAsAdminAsync(new UnlockUser("lockable"));
        var unlocked = await NewClient().PostAsJsonAsync("/api/session", new { userName = "lockable", password = JindongWebFactory.Password });

        Assert.Equal(Refused, (await whileLocked.ProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("title").GetString());
        Assert.DoesNotContain(whileLocked.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("jindong.session=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        var trail = await app.SendAsAdminAsync(new ListAuditEntries(Limit: 10_000));
        var lockout = Assert.Single(trail, a => a.Command == "SignIn" && a.After is { } after
            && JsonDocument.Parse(after).RootElement.GetProperty("userName").GetString() == "lockable");
        Assert.Equal("连续 10 次登录失败，账户锁定 15 分钟（管理员可解锁）。", lockout.Reason);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(15), JsonDocument.Parse(lockout.After!).RootElement.GetProperty("lockedOutUntil").GetDateTime());
        Assert.Single(trail, a => a.Command == nameof(UnlockUser));
    }

    private static TimeSpan SignInThrottleWindow => Hosting.SignInThrottle.Window;

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Ten failed sign-ins in a row, from two computers (five each, as many as the throttle lets one make).</summary>
    private async Task LockAsync(string userName)
    {
        foreach (var client in new[] { NewClient(), NewClient() })
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await client.PostAsJsonAsync("/api/session", new { userName, password = "wrong-password" });
            }
        }
    }

    private static async Task<string> SignInOnPageAsync(HttpClient client, string token, string userName, string password)
    {
        var response = await client.PostAsync("/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The real app, its password hasher counting the checks it makes.</summary>
    public sealed class CountingFactory : SecurityWebFactory
    {
        public CountingHashing Hashing => (CountingHashing)Services.GetRequiredService<IPasswordHashing>();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                var real = services.Single(d => d.ServiceType == typeof(IPasswordHashing));
                services.Remove(real);
                services.AddSingleton<IPasswordHashing>(provider => new CountingHashing((IPasswordHashing)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!)));
            });
        }
    }

    public sealed class CountingHashing(IPasswordHashing real) : IPasswordHashing
    {
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string Hash(string password) => real.Hash(password);

        public PasswordCheck Verify(string hash, string password)
        {
            Interlocked.Increment(ref verifications);
            return real.Verify(hash, password);
        }
    }
}
