using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Common.Security;

/// <summary>Who may see and change which firms, checked through the commands users send.</summary>
public sealed class EnterpriseAccessTests : RegistryTest
{
    private const string Officer = "孝顺镇经办人";

    [Fact]
    public async Task A_township_officer_sees_only_the_firms_of_their_township()
    {
        await BecomeOfficerOfAsync("孝顺镇");

        var own = await App.SendAsync(new ListEnterprises(PageSize: 100));
        var other = await App.SendAsync(new ListEnterprises(Township: "江东镇"));

        Assert.Equal(23, own.Total);
        Assert.All(own.Items, f => Assert.Equal("孝顺镇", f.Township));
        Assert.Equal(0, other.Total);
    }

    [Fact]
    public async Task A_township_officer_cannot_look_up_another_townships_firm()
    {
        var jiangdong = await App.FirmIdAsync(4);
        await BecomeOfficerOfAsync("孝顺镇");

        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetEnterprise(jiangdong)));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new FindEnterprise("浙江好易点智能科技有限公司")));
        Assert.Equal(await App.FirmIdAsync(3), await App.SendAsync(new FindEnterprise("同方计算机(浙江)有限公司")));
    }

    [Fact]
    public async Task A_township_officer_changes_their_own_townships_firm_and_is_named_in_the_audit()
    {
        var id = await App.FirmIdAsync(3);
        await BecomeOfficerOfAsync("孝顺镇");

        await App.SendAsync(RecordFigures.Of(id, 2024, 260_000m));

        var actors = await App.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == id).Select(a => a.Actor).Distinct().ToListAsync());
        Assert.Equal([Officer], actors);
        Assert.Equal(Officer, await App.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == id).Select(f => f.RecordedBy).SingleAsync()));
    }

    [Fact]
    public async Task A_township_officer_cannot_change_another_townships_firm_which_is_answered_as_unknown_and_nothing_is_written()
    {
        var jiangdong = await App.FirmIdAsync(4);
        await App.SendAsync(RecordFigures.Of(jiangdong, 2024, 25_000m));
        await BecomeOfficerOfAsync("孝顺镇");

        foreach (var change in new Func<Task<Exception>>[]
        {
            () => App.RefusedAsync(new UpdateEnterprise(jiangdong, Name: "改名有限公司")),
            () => App.RefusedAsync(new MoveOutEnterprise(jiangdong, "迁出")),
            () => App.RefusedAsync(RecordFigures.Of(jiangdong, 2025, 30_000m)),
            () => App.RefusedAsync(new SetCultivationTarget(jiangdong, "超50亿元", "调整")),
            () => App.RefusedAsync(new MoveTier(jiangdong, "超5亿元", 2024, "调整", Override: true)),
        })
        {
            var refused = Assert.IsType<NotFoundException>(await change());
            Assert.Equal($"找不到企业“{jiangdong}”（可用编号、统一社会信用代码或完整名称）。", refused.Message);
        }
    }

    [Fact]
    public async Task A_township_officer_cannot_move_their_firm_into_another_township()
    {
        var id = await App.FirmIdAsync(3);
        await BecomeOfficerOfAsync("孝顺镇");

        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new UpdateEnterprise(id, Township: "江东镇")));
    }

    [Fact]
    public async Task A_township_officer_sees_only_their_townships_audit_entries()
    {
        await App.SendAsync(new SetCultivationTarget(await App.FirmIdAsync(4), "超50亿元", "江东镇的变更"));
        await App.SendAsync(new SetCultivationTarget(await App.FirmIdAsync(3), "超50亿元", "孝顺镇的变更"));
        await BecomeOfficerOfAsync("孝顺镇");

        var trail = await App.SendAsync(new ListAuditEntries());

        Assert.Equal(["孝顺镇的变更"], trail.Select(a => a.Reason));
    }

    [Theory]
    [InlineData(AccountRole.Viewer)]
    [InlineData(AccountRole.Reviewer)]
    public async Task A_viewer_or_reviewer_sees_every_firm_but_changes_none(AccountRole role)
    {
        var id = await App.FirmIdAsync(3);
        await App.SendAsync(RecordFigures.Of(id, 2024, 250_000m));
        App.User.Become(role, name: "领导");

        Assert.Equal(100, (await App.SendAsync(new ListEnterprises())).Total);
        Assert.Equal("同方计算机(浙江)有限公司", (await App.SendAsync(new GetEnterprise(id))).Name);
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new UpdateEnterprise(id, Name: "改名有限公司")));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new MoveOutEnterprise(id, "迁出")));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(RecordFigures.Of(id, 2025, 300_000m)));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new SetCultivationTarget(id, "超50亿元", "调整")));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new MoveTier(id, "超20亿元", 2024, "调整")));
    }

    private async Task BecomeOfficerOfAsync(string township) =>
        App.User.Become(AccountRole.Township, await App.TownshipIdAsync(township), Officer);
}
