using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Dashboard;

public sealed class GetDashboardTests : RegistryTest
{
    [Fact]
    public async Task The_dashboard_counts_a_firm_registered_after_it_was_shown()
    {
        var before = await App.SendAsync(new GetDashboard());

        await App.SendAsync(new RegisterEnterprise("金华金东看板测试有限公司", "孝顺镇", Segment: "水泥基材料"));

        var after = await App.SendAsync(new GetDashboard());
        Assert.Equal(before.ActiveFirms + 1, after.ActiveFirms);
        Assert.Equal(Count(before.ByTownship, "孝顺镇") + 1, Count(after.ByTownship, "孝顺镇"));
        Assert.Equal(Count(before.ByIndustry, "建筑建材") + 1, Count(after.ByIndustry, "建筑建材"));
    }

    [Fact]
    public async Task A_township_officer_sees_their_own_township_after_the_district_was_shown()
    {
        var district = await App.SendAsync(new GetDashboard());

        App.User.Become(AccountRole.Township, await App.TownshipIdAsync("孝顺镇"));
        var township = await App.SendAsync(new GetDashboard());

        Assert.Equal("孝顺镇", township.Township);
        Assert.Equal(Count(district.ByTownship, "孝顺镇"), township.ActiveFirms);
        Assert.True(township.ActiveFirms < district.ActiveFirms);
    }

    [Fact]
    public async Task A_firm_moved_out_leaves_the_dashboard_at_once()
    {
        var before = await App.SendAsync(new GetDashboard());

        await App.SendAsync(new MoveOutEnterprise(await App.FirmIdAsync(1), "迁往义乌市"));

        Assert.Equal(before.ActiveFirms - 1, (await App.SendAsync(new GetDashboard())).ActiveFirms);
    }

    private static int Count(IReadOnlyList<NamedCount> counts, string name) => counts.SingleOrDefault(c => c.Name == name)?.Count ?? 0;
}
