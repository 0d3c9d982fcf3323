using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Enterprises;

public sealed class RegisterEnterpriseTests : RegistryTest
{
    private const string NewFirm = "金华金东测试智能科技有限公司";

    [Fact]
    public async Task Registering_a_firm_adds_it_to_the_registry_active_with_its_tier_unknown()
    {
        var id = await App.SendAsync(new RegisterEnterprise(NewFirm, "孝顺镇", "91350100M000100Y43", "智能家居", "超亿元"));

        var firm = await App.QueryAsync(db => db.Enterprises.SingleAsync(e => e.Id == id));
        Assert.Equal(NewFirm, firm.Name);
        Assert.Equal(await App.TownshipIdAsync("孝顺镇"), firm.TownshipId);
        Assert.Equal("91350100M000100Y43", firm.CreditCode);
        Assert.Equal(Tier.Over100Million, firm.Target);
        Assert.Null(firm.CurrentTier);
        Assert.Null(firm.ListNo);
        Assert.Equal(EnterpriseStatus.Active, firm.Status);
        Assert.Equal(SegmentSource.Manual, firm.SegmentSource);
        Assert.Equal(TestApp.StartTime.UtcDateTime, firm.CreatedAt);
        Assert.Equal(101, await App.QueryAsync(db => db.Enterprises.CountAsync()));
    }

    [Fact]
    public async Task Registering_a_firm_is_audited_with_who_when_and_the_state_after()
    {
        App.Clock.Advance(TimeSpan.FromHours(2));

        var id = await App.SendAsync(new RegisterEnterprise(NewFirm, "孝顺镇"));

        var entry = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EnterpriseId == id));
        Assert.Equal(TestUser.DefaultName, entry.Actor);
        Assert.Equal(nameof(RegisterEnterprise), entry.Command);
        Assert.Equal(TestApp.StartTime.UtcDateTime.AddHours(2), entry.At);
        Assert.Null(entry.Before);
        Assert.Contains($"\"name\":\"{NewFirm}\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"township\":\"孝顺镇\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_differs_from_a_registered_one_only_in_bracket_width_or_spaces_is_refused()
    {
        var message = await App.InvalidAsync(new RegisterEnterprise("同方计算机（浙江） 有限公司", "孝顺镇"), "Name");

        Assert.Equal("企业名称“同方计算机(浙江)有限公司”已存在。", message);
    }

    [Theory]
    [InlineData("浙江曙光\u200B信息技术有限公司")]
    [InlineData("\u202E浙江曙光信息技术有限公司")]
    [InlineData("浙江曙光信息技术有限公司\uFEFF")]
    [InlineData("浙江曙光\u2060信息技术\u00AD有限公司")]
    public async Task A_name_with_invisible_format_characters_is_refused_and_cannot_pose_as_a_second_registered_firm(string name)
    {
        var before = await App.CountsAsync();

        var message = await App.InvalidAsync(new RegisterEnterprise(name, "孝顺镇"), "Name");

        Assert.Equal("企业名称不能包含零宽空格、文字方向控制符等看不见的格式字符。", message);
        Assert.Equal(EnterpriseName.Normalize("浙江曙光信息技术有限公司"), EnterpriseName.Normalize(name));
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task A_township_may_be_given_by_the_short_name_the_appendices_print()
    {
        var id = await App.SendAsync(new RegisterEnterprise(NewFirm, "鞋塘"));

        Assert.Equal(await App.TownshipIdAsync("鞋塘办事处"), await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.TownshipId).SingleAsync()));
    }

    [Fact]
    public async Task The_name_is_trimmed_and_a_lower_case_credit_code_is_stored_in_upper_case()
    {
        var id = await App.SendAsync(new RegisterEnterprise($"  {NewFirm} ", "孝顺镇", "91370200797522673r"));

        var firm = await App.QueryAsync(db => db.Enterprises.SingleAsync(e => e.Id == id));
        Assert.Equal(NewFirm, firm.Name);
        Assert.Equal("91370200797522673R", firm.CreditCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Registering_without_a_name_is_refused_and_writes_nothing(string name)
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(name, "孝顺镇"), "Name");

        Assert.Equal("企业名称不能为空。", message);
    }

    [Fact]
    public async Task Registering_a_name_over_200_characters_is_refused_and_writes_nothing()
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(new string('金', 201), "孝顺镇"), "Name");

        Assert.Equal("企业名称不能超过 200 个字符。", message);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "第 18 位校验码不符。如营业执照上的代码确实如此，请注明代码特批原因后再保存。")]
    [InlineData("91350100M000100Y53", "第 9–17 位组织机构代码的校验码不符（GB 11714）。如营业执照上的代码确实如此，请注明代码特批原因后再保存。")]
    [InlineData("9B3307023041045629", "第 2 位“B”不是该登记管理部门的机构类别代码。如营业执照上的代码确实如此，请注明代码特批原因后再保存。")]
    [InlineData("91B10000MA8CMEJ016", "第 3–8 位“B10000”不是行政区划代码（GB/T 2260）。如营业执照上的代码确实如此，请注明代码特批原因后再保存。")]
    [InlineData("B1350100M000100Y43", "第 1 位“B”不是登记管理部门代码（1–9、A、N、Y）。如营业执照上的代码确实如此，请注明代码特批原因后再保存。")]
    [InlineData("91350100M000100Y4", "应为 18 位。")]
    [InlineData("91350100I000100Y43", "只能由数字和除 I、O、S、V、Z 以外的大写字母组成。")]
    public async Task Registering_with_an_invalid_credit_code_is_refused_naming_the_rule_and_writes_nothing(string code, string rule)
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(NewFirm, "孝顺镇", code), "CreditCode");

        Assert.Equal($"统一社会信用代码“{code}”无效：{rule}", message);
    }

    [Fact]
    public async Task A_real_code_that_breaks_a_rule_is_registered_by_override_and_the_reason_is_audited()
    {
        const string reason = "2016 年早期赋码，营业执照原件如此，经市场监管局核实";

        var id = await App.SendAsync(new RegisterEnterprise(NewFirm, "孝顺镇", "９１３５０１００Ｍ０００１００Ｙ４４", CreditCodeOverride: reason));

        var firm = await App.SendAsync(new GetEnterprise(id));
        Assert.Equal(("91350100M000100Y44", reason), (firm.CreditCode, firm.CreditCodeOverride));
        var audit = Assert.Single(firm.Audit);
        Assert.Equal(reason, audit.Reason);
        Assert.Contains(reason, audit.After, StringComparison.Ordinal);
        Assert.Equal(id, await App.SendAsync(new FindEnterprise("91350100M000100Y44")));
    }

    [Fact]
    public async Task An_override_cannot_record_a_code_without_the_form_of_one()
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(NewFirm, "孝顺镇", "91350100M000100Y4", CreditCodeOverride: "少一位"), "CreditCode");

        Assert.Equal("统一社会信用代码“91350100M000100Y4”无效：应为 18 位。", message);
    }

    [Theory]
    [InlineData("91350100M000100Y43", "统一社会信用代码“91350100M000100Y43”符合 GB 32100 的各项规则，无需特批。")]
    [InlineData(null, "填写了代码特批原因，但没有填写统一社会信用代码。")]
    public async Task An_override_is_refused_where_no_code_needs_one(string? code, string expected)
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(NewFirm, "孝顺镇", code, CreditCodeOverride: "特批"), "CreditCodeOverride");

        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task Registering_in_an_unknown_township_is_refused_with_the_townships_to_choose_from()
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(NewFirm, "金西镇"), "Township");

        Assert.Equal("乡镇街道“金西镇”不存在，可选：多湖街道、东孝街道、孝顺镇、傅村镇、曹宅镇、赤松镇、塘雅镇、澧浦镇、岭下镇、江东镇、鞋塘办事处。", message);
    }

    [Fact]
    public async Task Registering_without_a_township_is_refused_and_writes_nothing()
    {
        Assert.Equal("乡镇街道不能为空。", await App.InvalidAsync(new RegisterEnterprise(NewFirm, " "), "Township"));
    }

    [Fact]
    public async Task Registering_the_name_of_a_listed_firm_is_refused_and_writes_nothing()
    {
        var message = await App.InvalidAsync(new RegisterEnterprise("同方计算机(浙江)有限公司", "孝顺镇"), "Name");

        Assert.Equal("企业名称“同方计算机(浙江)有限公司”已存在。", message);
    }

    [Fact]
    public async Task Registering_a_credit_code_another_firm_holds_is_refused_and_writes_nothing()
    {
        await App.SendAsync(new RegisterEnterprise(NewFirm, "孝顺镇", "914403001922038216"));

        var message = await App.InvalidAsync(new RegisterEnterprise("金华另一家有限公司", "江东镇", "914403001922038216"), "CreditCode");

        Assert.Equal($"统一社会信用代码“914403001922038216”已登记在企业“{NewFirm}”名下。", message);
    }

    [Fact]
    public async Task Registering_with_a_below_scale_target_is_refused_and_writes_nothing()
    {
        Assert.Equal("培育目标至少为“规上”。", await App.InvalidAsync(new RegisterEnterprise(NewFirm, "孝顺镇", Target: "规下"), "Target"));
    }

    [Fact]
    public async Task Registering_with_an_unknown_target_is_refused_with_the_tiers_to_choose_from()
    {
        var message = await App.InvalidAsync(new RegisterEnterprise(NewFirm, "孝顺镇", Target: "超3亿元"), "Target");

        Assert.Equal("培育目标“超3亿元”无效，可选：规下、规上、超亿元、超5亿元、超10亿元、超20亿元、超50亿元。", message);
    }

    [Fact]
    public async Task Registering_in_an_unknown_segment_is_refused_and_writes_nothing()
    {
        Assert.Equal("细分行业“芯片制造”不存在（见《规划》表 5-2）。", await App.InvalidAsync(new RegisterEnterprise(NewFirm, "孝顺镇", Segment: "芯片制造"), "Segment"));
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var refused = Assert.IsType<InputValidationException>(await App.RefusedAsync(new RegisterEnterprise("", "", "123", Target: "规下")));

        Assert.Equal(["CreditCode", "Name", "Target", "Township"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(AccountRole.Viewer)]
    [InlineData(AccountRole.Reviewer)]
    public async Task A_user_who_may_not_change_firms_cannot_register_one(AccountRole role)
    {
        App.User.Become(role);

        var refused = await App.RefusedAsync(new RegisterEnterprise(NewFirm, "孝顺镇"));

        Assert.Equal("无权查看或修改该企业（只能处理本乡镇街道的企业，或当前角色无此权限）。", Assert.IsType<ForbiddenException>(refused).Message);
    }

    [Fact]
    public async Task A_township_officer_registers_in_their_own_township_only()
    {
        App.User.Become(AccountRole.Township, await App.TownshipIdAsync("孝顺镇"), "孝顺镇经办人");

        await App.SendAsync(new RegisterEnterprise(NewFirm, "孝顺镇"));

        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new RegisterEnterprise("金华另一家有限公司", "江东镇")));
    }
}
