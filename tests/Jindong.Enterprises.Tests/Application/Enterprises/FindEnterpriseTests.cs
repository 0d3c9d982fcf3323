using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Enterprises;

public sealed class FindEnterpriseTests : RegistryTest
{
    [Fact]
    public async Task A_firm_is_found_by_its_id()
    {
        var id = await App.FirmIdAsync(22);

        Assert.Equal(id, await App.SendAsync(new FindEnterprise(id.ToString(CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("神州龙安（金华）信息技术服务有限公司")]
    [InlineData(" 神州龙安（金华）信息技术服务有限公司 ")]
    public async Task A_firm_is_found_by_its_exact_name(string reference)
    {
        Assert.Equal(await App.FirmIdAsync(22), await App.SendAsync(new FindEnterprise(reference)));
    }

    [Theory]
    [InlineData("91370200797522673R")]
    [InlineData("91370200797522673r")]
    public async Task A_firm_is_found_by_its_credit_code(string reference)
    {
        var id = await App.FirmIdAsync(22);
        await App.SendAsync(new UpdateEnterprise(id, CreditCode: "91370200797522673R"));

        Assert.Equal(id, await App.SendAsync(new FindEnterprise(reference)));
    }

    [Theory]
    [InlineData("不存在的公司")]
    [InlineData("99999")]
    [InlineData("914403001922038216")]
    [InlineData("神州龙安")]
    public async Task An_unknown_reference_is_not_found(string reference)
    {
        var refused = await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new FindEnterprise(reference)));

        Assert.Equal($"找不到企业“{reference}”（可用编号、统一社会信用代码或完整名称）。", refused.Message);
    }

    [Fact]
    public async Task An_empty_reference_is_refused()
    {
        Assert.Equal("请指定企业。", await App.InvalidAsync(new FindEnterprise(" "), "Reference"));
    }
}
