using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Targets;

public sealed class SetCultivationTargetTests : RegistryTest
{
    [Fact]
    public async Task Setting_a_target_changes_it_and_audits_the_reason()
    {
        var id = await App.FirmIdAsync(3);

        var view = await App.SendAsync(new SetCultivationTarget(id, "超50亿元", "信创整机产能翻番"));

        Assert.Equal("超50亿元", view.Target);
        Assert.Equal(Tier.Over5Billion, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Target).SingleAsync()));
        var entry = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EnterpriseId == id));
        Assert.Equal((nameof(SetCultivationTarget), "信创整机产能翻番"), (entry.Command, entry.Reason));
        Assert.Contains("\"target\":\"超20亿元\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"target\":\"超50亿元\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setting_the_target_a_firm_already_has_is_refused_and_writes_nothing()
    {
        var refused = await App.RefusedAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "超20亿元", "重新确认"));

        Assert.Equal("培育目标已是“超20亿元”。", Assert.IsType<RuleViolationException>(refused).Message);
    }

    [Fact]
    public async Task A_below_scale_target_is_refused_and_writes_nothing()
    {
        Assert.Equal("培育目标至少为“规上”。", await App.InvalidAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "规下", "下调"), "Target"));
    }

    [Fact]
    public async Task An_above_scale_target_is_accepted()
    {
        Assert.Equal("规上", (await App.SendAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "规上", "下调"))).Target);
    }

    [Fact]
    public async Task Setting_a_target_without_a_reason_is_refused_and_writes_nothing()
    {
        Assert.Equal("请填写原因。", await App.InvalidAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "超50亿元", ""), "Reason"));
    }

    [Fact]
    public async Task The_target_of_a_firm_that_moved_out_cannot_be_changed()
    {
        var id = await App.FirmIdAsync(3);
        await App.SendAsync(new MoveOutEnterprise(id, "迁往杭州"));

        Assert.IsType<RuleViolationException>(await App.RefusedAsync(new SetCultivationTarget(id, "超50亿元", "调整")));
    }
}
