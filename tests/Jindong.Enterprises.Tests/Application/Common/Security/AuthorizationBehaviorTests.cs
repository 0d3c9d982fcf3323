using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Common.Security;

/// <summary>Authorization runs before validation: a caller without the right learns nothing from the validators.</summary>
public sealed class AuthorizationBehaviorTests : RegistryTest
{
    [Theory]
    [InlineData(AccountRole.Viewer)]
    [InlineData(AccountRole.Reviewer)]
    public async Task A_caller_who_may_not_change_firms_is_refused_before_their_input_is_checked(AccountRole role)
    {
        var firm = await App.FirmIdAsync(5);
        App.User.Become(role);
        var before = await App.CountsAsync();

        Assert.IsType<ForbiddenException>(await App.RefusedAsync(RecordFigures.Of(firm, 1999, -5m)));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new RegisterEnterprise(string.Empty, string.Empty)));
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task A_township_officer_is_refused_a_review_before_the_year_is_checked()
    {
        App.User.Become(AccountRole.Township, await App.TownshipIdAsync("孝顺镇"));

        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new StartAnnualReview(1999)));
    }

    [Fact]
    public async Task Another_townships_firm_is_not_found_before_the_input_is_checked()
    {
        var jiangdong = await App.FirmIdAsync(4);
        App.User.Become(AccountRole.Township, await App.TownshipIdAsync("孝顺镇"));

        Assert.IsType<NotFoundException>(await App.RefusedAsync(RecordFigures.Of(jiangdong, 1999, -5m)));
    }
}
