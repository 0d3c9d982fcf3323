using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Common;

/// <summary>A NUL pasted into any text is a message on that field, on PostgreSQL as on SQLite, never a server error.</summary>
public sealed class NulCharacterTests : RegistryTest
{
    private const string Refusal = "不能包含空字符（NUL），请删去后重试。";

    [Fact]
    public async Task A_nul_in_the_search_text_or_a_filter_is_refused_on_its_field()
    {
        Assert.Equal(Refusal, await App.InvalidAsync(new ListEnterprises(Text: "曙光\0"), nameof(ListEnterprises.Text)));
        Assert.Equal(Refusal, await App.InvalidAsync(new ListEnterprises(Township: "孝顺\0镇"), nameof(ListEnterprises.Township)));
    }

    [Fact]
    public async Task A_nul_in_a_registration_township_or_segment_is_refused_and_writes_nothing()
    {
        Assert.Equal(Refusal, await App.InvalidAsync(new RegisterEnterprise("金华空字符测试有限公司", "孝顺\0镇"), nameof(RegisterEnterprise.Township)));
        Assert.Equal(Refusal, await App.InvalidAsync(new RegisterEnterprise("金华空字符测试有限公司", "孝顺镇", null, "智能\0家居"), nameof(RegisterEnterprise.Segment)));
    }

    [Fact]
    public async Task A_nul_in_a_firm_name_gets_only_the_names_own_control_character_message()
    {
        Assert.Equal(
            "企业名称不能包含换行、制表符等控制字符。",
            await App.InvalidAsync(new RegisterEnterprise("金华空字符\0测试有限公司", "孝顺镇"), nameof(RegisterEnterprise.Name)));
    }

    [Fact]
    public async Task A_nul_in_a_sign_in_name_is_refused_not_looked_up()
    {
        Assert.Equal(Refusal, await App.InvalidAsync(new SignIn("admin\0", "whatever-password"), nameof(SignIn.UserName)));
    }
}
