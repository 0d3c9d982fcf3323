using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>The forms through the real pipeline with their anti-forgery tokens, as a browser posts them.</summary>
public sealed partial class PagesTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task The_bureau_creates_an_account_in_the_accounts_page_and_a_short_password_is_refused_beside_its_field()
    {
        var client = await app.SignedInClientAsync("admin");

        var refused = await PostFormAsync(client, "/Users", new() { ["Input.Name"] = "dongxiao", ["Input.Password"] = "short", ["Input.Role"] = "township", ["Input.Township"] = "东孝街道" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"error field-validation-error\" id=\"Input_Password_error\">密码至少 12 个字符", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"Input_Password_error\"", html, StringComparison.Ordinal);

        var created = await PostFormAsync(client, "/Users", new() { ["Input.Name"] = "dongxiao", ["Input.Password"] = JindongWebFactory.Password, ["Input.Role"] = "township", ["Input.Township"] = "东孝街道" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var officer = await app.SignedInClientAsync("dongxiao");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task The_bureau_resets_disables_enables_unlocks_and_changes_the_role_of_an_account_on_the_accounts_page()
    {
        await app.CreateUserAsync("managed", "viewer");
        var client = await app.SignedInClientAsync("admin");

        var reset = await (await PostFormAsync(client, "/Users?handler=Reset", new() { ["name"] = "managed" })).Content.ReadAsStringAsync();
        var generated = GeneratedPassword().Match(reset).Groups[1].Value;
        Assert.Equal(16, generated.Length);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().PostAsJsonAsync("/api/session", new { userName = "managed", password = generated })).StatusCode);
        Assert.DoesNotContain(generated, await client.GetStringAsync("/Users"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, "/Users?handler=Disable", new() { ["name"] = "managed" })).StatusCode);
        Assert.Contains("已停用账户“managed”", await client.GetStringAsync("/Users"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, "/Users?handler=Enable", new() { ["name"] = "managed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, "/Users?handler=Unlock", new() { ["name"] = "managed" })).StatusCode);
        var refused = await PostFormAsync(client, "/Users?handler=Role", new() { ["RoleChange.Name"] = "managed", ["RoleChange.Role"] = "township" });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"error\" id=\"RoleChange_Township_error\" data-valmsg-for=\"RoleChange.Township\">乡镇街道账户须指定所属乡镇街道。", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"RoleChange_Township_error\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, "/Users?handler=Role", new() { ["RoleChange.Name"] = "managed", ["RoleChange.Role"] = "township", ["RoleChange.Township"] = "岭下镇" })).StatusCode);

        var accounts = await app.SendAsAdminAsync(new Application.Users.ListUsers());
        var managed = Assert.Single(accounts, a => a.Name == "managed");
        Assert.Equal(("township", "岭下镇", false), (managed.Role, managed.Township, managed.Disabled));
    }

    [Fact]
    public async Task Changing_ones_password_is_refused_beside_its_field_for_a_wrong_current_password_or_a_mismatch()
    {
        await app.CreateUserAsync("own-password", "reviewer");
        var client = await app.SignedInClientAsync("own-password");

        var wrong = await PostFormAsync(client, "/Account/Password", new() { ["Input.CurrentPassword"] = "not-my-password", ["Input.NewPassword"] = "another-passphrase-1", ["Input.ConfirmPassword"] = "another-passphrase-1" });
        var mismatch = await PostFormAsync(client, "/Account/Password", new() { ["Input.CurrentPassword"] = JindongWebFactory.Password, ["Input.NewPassword"] = "another-passphrase-1", ["Input.ConfirmPassword"] = "another-passphrase-2" });
        var common = await PostFormAsync(client, "/Account/Password", new() { ["Input.CurrentPassword"] = JindongWebFactory.Password, ["Input.NewPassword"] = "qwertyuiop123", ["Input.ConfirmPassword"] = "qwertyuiop123" });

        Assert.Contains("当前密码不正确。", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("两次输入的新密码不一致。", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("这个密码过于常见", await common.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/firms")).StatusCode);
    }

    [Fact]
    public async Task A_firm_is_moved_out_with_a_reason_and_a_missing_reason_is_refused()
    {
        var client = await app.SignedInClientAsync("admin");
        var id = await app.FirmIdAsync(90);

        var refused = await PostFormAsync(client, $"/Firms/MoveOut/{id}", new() { ["Input.Reason"] = " " });
        Assert.Contains("请填写原因。", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await PostFormAsync(client, $"/Firms/MoveOut/{id}", new() { ["Input.Reason"] = "迁往义乌", ["Input.Closed"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var firm = await (await client.GetAsync($"/api/firms/{id}")).JsonAsync();
        Assert.Equal("moved-out", firm.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_target_is_set_with_a_reason_and_a_tier_move_the_output_does_not_support_is_refused_above_the_form()
    {
        var client = await app.SignedInClientAsync("admin");
        var id = await app.FirmIdAsync(88);

        var refusedTarget = await PostFormAsync(client, $"/Firms/Target/{id}", new() { ["Input.Target"] = "超5亿元", ["Input.Reason"] = " " });
        Assert.Contains("请填写原因。", await refusedTarget.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var target = await PostFormAsync(client, $"/Firms/Target/{id}", new() { ["Input.Target"] = "超5亿元", ["Input.Reason"] = "新上智能产线" });
        Assert.Equal(HttpStatusCode.Redirect, target.StatusCode);
        Assert.Equal($"/Firms/Details/{id}", target.Headers.Location?.OriginalString);

        var refusedMove = await PostFormAsync(client, $"/Firms/Tier/{id}", new() { ["Input.To"] = "超亿元", ["Input.Year"] = "2023", ["Input.Reason"] = "试一试", ["Input.Override"] = "false" });
        Assert.Equal(HttpStatusCode.OK, refusedMove.StatusCode);
        Assert.Contains("2023 年没有年度数据", await refusedMove.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var moved = await PostFormAsync(client, $"/Firms/Tier/{id}", new() { ["Input.To"] = "超亿元", ["Input.Year"] = "2023", ["Input.Reason"] = "区政府认定", ["Input.Override"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var firm = await (await client.GetAsync($"/api/firms/{id}")).JsonAsync();
        Assert.Equal("超5亿元", firm.GetProperty("target").GetString());
        Assert.Equal("超亿元", firm.GetProperty("tier").GetString());
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<code>([^<]+)</code>")]
    private static partial Regex GeneratedPassword();
}
