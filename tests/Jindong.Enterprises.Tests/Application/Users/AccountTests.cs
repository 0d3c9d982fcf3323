using System.Text.Json;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Users;

/// <summary>Accounts as administrators manage them: passwords, names, disabling, unlocking, roles — each audited, each ending the sessions it must.</summary>
public sealed class AccountTests : RegistryTest
{
    private const string Password = "Jindong-test-pass-2026";
    private const string Other = "another-good-passphrase";

    [Theory]
    [InlineData("short-pass1", "密码至少 12 个字符。")]
    [InlineData("1qaz2wsx3edc", "这个密码过于常见，很容易被猜中，请换一个。")]
    [InlineData("Password1234", "这个密码过于常见，很容易被猜中，请换一个。")]
    [InlineData("my-name-is-zhangsan!", "密码不能包含用户名。")]
    public async Task A_short_common_or_own_name_password_is_refused_and_nothing_is_written(string password, string message)
    {
        var before = await AccountsAsync();

        Assert.Equal(message, await App.InvalidAsync(new CreateUser("zhangsan", password, "viewer"), "Password"));
        Assert.Equal(before, await AccountsAsync());
    }

    [Theory]
    [InlineData("ADMIN")]
    [InlineData("ａｄｍｉｎ")]
    [InlineData(" Admin ")]
    public async Task A_name_that_reads_as_an_existing_one_after_case_folding_and_nfkc_is_taken(string name)
    {
        await App.SendAsync(new CreateUser("admin", Password, "admin"));

        Assert.StartsWith("用户名“", await App.InvalidAsync(new CreateUser(name, Password, "viewer"), "Name"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0430dmin")]
    [InlineData("adm\u0456n")]
    [InlineData("\u03bffficer")]
    public async Task A_name_with_a_letter_of_another_script_that_looks_latin_is_refused(string name)
    {
        var message = await App.InvalidAsync(new CreateUser(name, Password, "viewer"), "Name");

        Assert.Contains("西里尔字母", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_names_are_accounts_and_sign_in_ignores_case_and_width()
    {
        await App.SendAsync(new CreateUser("王科长", Password, "viewer"));
        await App.SendAsync(new CreateUser("Officer.Li", Password, "township", "孝顺镇"));

        Assert.True((await App.SendAsync(new SignIn("王科长", Password))).Succeeded);
        var li = (await App.SendAsync(new SignIn("ｏｆｆｉｃｅｒ.ＬＩ", Password))).User;
        Assert.Equal(("Officer.Li", AccountRole.Township), (li?.Name, li?.Role));
    }

    [Fact]
    public async Task An_administrator_sets_a_password_which_unlocks_the_account_ends_its_sessions_and_is_audited()
    {
        await App.SendAsync(new CreateUser("xiaoshun", Password, "township", "孝顺镇"));
        var stamp = await StampAsync("xiaoshun");
        for (var i = 0; i < 10; i++)
        {
            await App.SendAsync(new SignIn("xiaoshun", "wrong-password"));
        }

        var set = await App.SendAsync(new SetUserPassword("xiaoshun", Other));

        Assert.Null(set.GeneratedPassword);
        Assert.Null(set.User.LockedOutUntil);
        Assert.NotEqual(stamp, await StampAsync("xiaoshun"));
        Assert.True((await App.SendAsync(new SignIn("xiaoshun", Other))).Succeeded);
        Assert.False((await App.SendAsync(new SignIn("xiaoshun", Password))).Succeeded);
        var audit = await LastAuditAsync();
        Assert.Equal((nameof(SetUserPassword), "管理员设置了新密码，该账户的会话已全部结束。"), (audit.Command, audit.Reason));
        Assert.DoesNotContain("AQAAAA", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_generates_a_password_that_meets_the_policy_and_signs_in()
    {
        await App.SendAsync(new CreateUser("leader", Password, "viewer"));

        var reset = await App.SendAsync(new SetUserPassword("leader"));

        Assert.Equal(16, reset.GeneratedPassword!.Length);
        Assert.False(PasswordPolicy.IsCommon(reset.GeneratedPassword));
        Assert.True((await App.SendAsync(new SignIn("leader", reset.GeneratedPassword))).Succeeded);
        Assert.Equal("管理员重设了密码（随机生成），该账户的会话已全部结束。", (await LastAuditAsync()).Reason);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_enabled_and_both_are_audited()
    {
        await App.SendAsync(new CreateUser("admin", Password, "admin"));
        await App.SendAsync(new CreateUser("leader", Password, "viewer"));
        var stamp = await StampAsync("leader");

        var disabled = await App.SendAsync(new DisableUser("LEADER"));
        var refused = await App.SendAsync(new SignIn("leader", Password));
        var enabled = await App.SendAsync(new EnableUser("leader"));

        Assert.True(disabled.Disabled);
        Assert.NotEqual(stamp, await StampAsync("leader"));
        Assert.Equal("用户名或密码错误。", refused.Message);
        Assert.False(enabled.Disabled);
        Assert.True((await App.SendAsync(new SignIn("leader", Password))).Succeeded);
        var trail = await App.QueryAsync(db => db.AuditEntries.Where(a => a.Command == nameof(DisableUser) || a.Command == nameof(EnableUser)).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([nameof(DisableUser), nameof(EnableUser)], trail.Select(a => a.Command));
        Assert.True(JsonDocument.Parse(trail[0].After!).RootElement.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task The_last_enabled_administrator_cannot_be_disabled_or_demoted_and_nothing_is_written()
    {
        await App.SendAsync(new CreateUser("admin", Password, "admin"));
        var before = await AccountsAsync();

        var disable = Assert.IsType<RuleViolationException>(await App.RefusedAsync(new DisableUser("admin")));
        Assert.IsType<RuleViolationException>(await App.RefusedAsync(new SetUserRole("admin", "viewer")));

        Assert.Equal("至少要保留一个启用的管理员账户：不能停用最后一个管理员，也不能改变其角色。", disable.Message);
        Assert.Equal(before, await AccountsAsync());
    }

    [Fact]
    public async Task A_new_role_or_township_ends_the_sessions_and_a_township_officer_needs_a_township()
    {
        await App.SendAsync(new CreateUser("xiaoshun", Password, "township", "孝顺镇"));
        var stamp = await StampAsync("xiaoshun");

        Assert.Equal("乡镇街道账户须指定所属乡镇街道。", await App.InvalidAsync(new SetUserRole("xiaoshun", "township"), "Township"));
        var moved = await App.SendAsync(new SetUserRole("xiaoshun", "township", "江东镇"));

        Assert.Equal(("township", "江东镇"), (moved.Role, moved.Township));
        Assert.NotEqual(stamp, await StampAsync("xiaoshun"));
        Assert.Equal(await App.TownshipIdAsync("江东镇"), (await App.SendAsync(new SignIn("xiaoshun", Password))).User!.TownshipId);
    }

    [Fact]
    public async Task Only_bureau_staff_manage_accounts()
    {
        await App.SendAsync(new CreateUser("leader", Password, "viewer"));
        App.User.Become(AccountRole.Township, await App.TownshipIdAsync("孝顺镇"), "xiaoshun");

        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new ListUsers()));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new SetUserPassword("leader")));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new DisableUser("leader")));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new UnlockUser("leader")));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new SetUserRole("leader", "admin")));
    }

    [Fact]
    public async Task Changing_ones_own_password_needs_the_current_one_and_ends_the_other_sessions()
    {
        await App.SendAsync(new CreateUser("leader", Password, "viewer"));
        var stamp = await StampAsync("leader");
        App.User.Become(AccountRole.Viewer, name: "leader");
        var before = await AccountsAsync();

        Assert.Equal("当前密码不正确。", await App.InvalidAsync(new ChangeOwnPassword("wrong-password", Other), "CurrentPassword"));
        Assert.Equal(before, await AccountsAsync());
        var user = await App.SendAsync(new ChangeOwnPassword(Password, Other));

        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.Equal(user.SecurityStamp, await StampAsync("leader"));
        Assert.True((await App.SendAsync(new SignIn("leader", Other))).Succeeded);
        Assert.Equal(("leader", "本人修改了密码，该账户的其他会话已结束。"), ((await LastAuditAsync()).Actor, (await LastAuditAsync()).Reason));
    }

    [Fact]
    public async Task Ten_failures_in_a_row_lock_the_account_an_unlock_lifts_it_and_the_lockout_is_audited_once()
    {
        await App.SendAsync(new CreateUser("leader", Password, "viewer"));
        for (var i = 0; i < 12; i++)
        {
            await App.SendAsync(new SignIn("leader", "wrong-password"));
        }

        var whileLocked = await App.SendAsync(new SignIn("leader", Password));
        await App.SendAsync(new UnlockUser("leader"));

        Assert.Equal("用户名或密码错误。", whileLocked.Message);
        Assert.True((await App.SendAsync(new SignIn("leader", Password))).Succeeded);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Command == nameof(SignIn))));
        Assert.Equal("管理员解除了登录锁定。", (await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Command == nameof(UnlockUser)))).Reason);
    }

    private Task<string> StampAsync(string name) => App.QueryAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.SecurityStamp).SingleAsync());

    private Task<AuditEntry> LastAuditAsync() => App.QueryAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync());

    /// <summary>Everything of the accounts a command could write, and the audit trail's length.</summary>
    private Task<string> AccountsAsync() => App.QueryAsync(async db =>
        string.Join('\n', await db.Users.OrderBy(u => u.Id).Select(u => $"{u.UserName}|{u.PasswordHash}|{u.SecurityStamp}|{u.Role}|{u.TownshipId}|{u.IsDisabled}|{u.FailedSignIns}|{u.LockedOutUntil}").ToListAsync())
        + $"\naudit {await db.AuditEntries.CountAsync()}");
}
