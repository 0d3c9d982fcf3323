using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Enterprises;

public sealed class MoveOutEnterpriseTests : RegistryTest
{
    [Fact]
    public async Task A_firm_moved_out_keeps_its_reason_and_stays_listed_under_its_status()
    {
        var id = await App.FirmIdAsync(40);

        var view = await App.SendAsync(new MoveOutEnterprise(id, "整体搬迁至义乌"));

        Assert.Equal("moved-out", view.Status);
        Assert.Equal("整体搬迁至义乌", view.StatusReason);
        var movedOut = await App.SendAsync(new ListEnterprises(Status: "moved-out"));
        Assert.Equal(id, Assert.Single(movedOut.Items).Id);
        Assert.Equal(99, (await App.SendAsync(new ListEnterprises(Status: "active"))).Total);
        Assert.Equal(100, (await App.SendAsync(new ListEnterprises())).Total);
    }

    [Fact]
    public async Task A_closed_firm_is_recorded_as_closed()
    {
        var id = await App.FirmIdAsync(40);

        await App.SendAsync(new MoveOutEnterprise(id, "已注销", Closed: true));

        Assert.Equal(EnterpriseStatus.Closed, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Moving_out_is_audited_with_the_reason()
    {
        var id = await App.FirmIdAsync(40);

        await App.SendAsync(new MoveOutEnterprise(id, "整体搬迁至义乌"));

        var entry = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.EnterpriseId == id));
        Assert.Equal("整体搬迁至义乌", entry.Reason);
        Assert.Contains("\"status\":\"active\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"moved-out\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_firm_out_twice_is_refused_and_writes_nothing()
    {
        var id = await App.FirmIdAsync(40);
        var name = await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync());
        await App.SendAsync(new MoveOutEnterprise(id, "整体搬迁至义乌"));

        var refused = await App.RefusedAsync(new MoveOutEnterprise(id, "已注销", Closed: true));

        Assert.Equal($"企业“{name}”已迁出或关停，不能再修改。", Assert.IsType<RuleViolationException>(refused).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Moving_out_without_a_reason_is_refused_and_writes_nothing(string reason)
    {
        Assert.Equal("请填写原因。", await App.InvalidAsync(new MoveOutEnterprise(await App.FirmIdAsync(40), reason), "Reason"));
    }

    [Fact]
    public async Task Moving_out_with_a_reason_over_500_characters_is_refused_and_writes_nothing()
    {
        Assert.Equal("原因不能超过 500 个字符。", await App.InvalidAsync(new MoveOutEnterprise(await App.FirmIdAsync(40), new string('因', 501)), "Reason"));
    }
}
