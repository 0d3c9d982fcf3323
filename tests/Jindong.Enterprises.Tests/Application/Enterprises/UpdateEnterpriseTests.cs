using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Enterprises;

public sealed class UpdateEnterpriseTests : RegistryTest
{
    [Fact]
    public async Task Updating_a_firm_changes_its_profile_and_version()
    {
        var id = await App.FirmIdAsync(22);

        var view = await App.SendAsync(new UpdateEnterprise(id, Name: "神州龙安（金华）信息科技有限公司", Township: "江东", CreditCode: "91350100m000100y43", ExpectedVersion: 1));

        Assert.Equal("神州龙安（金华）信息科技有限公司", view.Name);
        Assert.Equal("江东镇", view.Township);
        Assert.Equal("91350100M000100Y43", view.CreditCode);
        Assert.Equal(2, view.Version);
        var firm = await App.QueryAsync(db => db.Enterprises.SingleAsync(e => e.Id == id));
        Assert.Equal("神州龙安（金华）信息科技有限公司", firm.Name);
        Assert.Equal(await App.TownshipIdAsync("江东镇"), firm.TownshipId);
        Assert.Equal(22, firm.ListNo);
    }

    [Fact]
    public async Task A_code_that_breaks_a_rule_is_changed_to_only_with_an_override_audited_and_saving_it_again_changes_nothing()
    {
        var id = await App.FirmIdAsync(23);

        var refused = await App.InvalidAsync(new UpdateEnterprise(id, CreditCode: "91350100M000100Y44"), "CreditCode");
        var view = await App.SendAsync(new UpdateEnterprise(id, CreditCode: "91350100M000100Y44", CreditCodeOverride: "营业执照如此"));
        var again = await App.SendAsync(new UpdateEnterprise(id, CreditCode: "91350100m000100y44", CreditCodeOverride: "营业执照如此"));

        Assert.Contains("第 18 位校验码不符", refused, StringComparison.Ordinal);
        Assert.Equal(("91350100M000100Y44", "营业执照如此", 2), (view.CreditCode, view.CreditCodeOverride, view.Version));
        Assert.Equal(2, again.Version);
        var entry = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EnterpriseId == id));
        Assert.Equal("营业执照如此", entry.Reason);
    }

    [Fact]
    public async Task Updating_a_firm_is_audited_with_the_state_before_and_after()
    {
        var id = await App.FirmIdAsync(22);

        await App.SendAsync(new UpdateEnterprise(id, Name: "神州龙安（金华）信息科技有限公司"));

        var entry = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EnterpriseId == id));
        Assert.Equal(nameof(UpdateEnterprise), entry.Command);
        Assert.Contains("\"name\":\"神州龙安（金华）信息技术服务有限公司\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"神州龙安（金华）信息科技有限公司\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_a_segment_by_hand_records_it_as_manual()
    {
        var id = await App.FirmIdAsync(100);

        var view = await App.SendAsync(new UpdateEnterprise(id, Segment: "水泥基材料"));

        Assert.Equal("水泥基材料", view.Segment);
        Assert.Equal("manual", view.SegmentSource);
        Assert.Equal(SegmentSource.Manual, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.SegmentSource).SingleAsync()));
    }

    [Fact]
    public async Task An_update_based_on_a_stale_version_is_refused_and_writes_nothing()
    {
        var id = await App.FirmIdAsync(22);
        await App.SendAsync(new UpdateEnterprise(id, CreditCode: "91350100M000100Y43", ExpectedVersion: 1));

        var refused = await App.RefusedAsync(new UpdateEnterprise(id, Name: "神州龙安（金华）信息科技有限公司", ExpectedVersion: 1));

        Assert.Equal("该记录已被他人修改，请刷新后重试。", Assert.IsType<ConflictException>(refused).Message);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_is_refused_and_writes_nothing()
    {
        var id = await App.FirmIdAsync(22);

        Assert.Equal("没有要修改的内容。", await App.InvalidAsync(new UpdateEnterprise(id), "Update"));
    }

    [Fact]
    public async Task Saving_a_firm_as_it_is_keeps_its_version_and_segment_source_and_writes_no_audit_entry()
    {
        var id = await App.FirmIdAsync(22);
        var firm = await App.SendAsync(new GetEnterprise(id));
        var before = await App.CountsAsync();

        var saved = await App.SendAsync(new UpdateEnterprise(id, firm.Name, firm.Township, firm.CreditCode, firm.Segment, firm.Version));

        Assert.Equal((firm.Version, firm.SegmentSource), (saved.Version, saved.SegmentSource));
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task Taking_another_firms_name_is_refused_and_writes_nothing()
    {
        var id = await App.FirmIdAsync(22);

        Assert.Equal("企业名称“龙芯中科(金华)技术有限公司”已存在。", await App.InvalidAsync(new UpdateEnterprise(id, Name: "龙芯中科(金华)技术有限公司"), "Name"));
    }

    [Fact]
    public async Task Taking_another_firms_credit_code_is_refused_and_writes_nothing()
    {
        await App.SendAsync(new UpdateEnterprise(await App.FirmIdAsync(21), CreditCode: "91370200797522673R"));

        var message = await App.InvalidAsync(new UpdateEnterprise(await App.FirmIdAsync(22), CreditCode: "91370200797522673r"), "CreditCode");

        Assert.Equal("统一社会信用代码“91370200797522673R”已登记在企业“龙芯中科(金华)技术有限公司”名下。", message);
    }

    [Fact]
    public async Task Updating_with_an_invalid_credit_code_is_refused_and_writes_nothing()
    {
        await App.InvalidAsync(new UpdateEnterprise(await App.FirmIdAsync(22), CreditCode: "91370200797522673A"), "CreditCode");
    }

    [Fact]
    public async Task Moving_a_firm_to_an_unknown_township_is_refused_and_writes_nothing()
    {
        await App.InvalidAsync(new UpdateEnterprise(await App.FirmIdAsync(22), Township: "金西镇"), "Township");
    }

    [Fact]
    public async Task Setting_an_unknown_segment_is_refused_and_writes_nothing()
    {
        Assert.Equal("细分行业“芯片制造”不存在（见《规划》表 5-2）。", await App.InvalidAsync(new UpdateEnterprise(await App.FirmIdAsync(22), Name: "新名称有限公司", Segment: "芯片制造"), "Segment"));
    }

    [Fact]
    public async Task Updating_a_firm_that_does_not_exist_is_refused()
    {
        Assert.IsType<NotFoundException>(await App.RefusedAsync(new UpdateEnterprise(99_999, Name: "不存在的企业")));
    }
}
