using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Infrastructure.Seeding;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Auditing;

public sealed class ListAuditEntriesTests : RegistryTest
{
    [Fact]
    public async Task A_firms_audit_trail_lists_its_changes_newest_first_with_who_and_when()
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华金东测试有限公司", "多湖街道"));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.SendAsync(new SetCultivationTarget(id, "超亿元", "新引进项目"));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await App.SendAsync(new UpdateEnterprise(id, Name: "金华金东测试科技有限公司"));
        await App.SendAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "超50亿元", "其他企业的变更"));

        var trail = await App.SendAsync(new ListAuditEntries(id));

        Assert.Equal([nameof(UpdateEnterprise), nameof(SetCultivationTarget), nameof(RegisterEnterprise)], trail.Select(a => a.Command));
        Assert.All(trail, a => Assert.Equal((id, TestUser.DefaultName), (a.EnterpriseId ?? 0, a.Actor)));
        var start = TestApp.StartTime.UtcDateTime;
        Assert.Equal([start.AddMinutes(10), start.AddMinutes(5), start], trail.Select(a => a.At));
        Assert.Equal("新引进项目", trail[1].Reason);
    }

    [Fact]
    public async Task The_whole_trail_ends_with_the_seeding_and_honours_the_limit()
    {
        await App.SendAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "超50亿元", "调整"));

        var all = await App.SendAsync(new ListAuditEntries());
        var newest = await App.SendAsync(new ListAuditEntries(Limit: 1));

        Assert.Equal((RegistrySeeder.Actor, "SeedRegistry"), (all[^1].Actor, all[^1].Command));
        Assert.Equal(nameof(SetCultivationTarget), Assert.Single(newest).Command);
    }
}
