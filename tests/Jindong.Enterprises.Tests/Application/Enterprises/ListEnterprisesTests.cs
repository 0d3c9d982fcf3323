using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Enterprises;

public sealed class ListEnterprisesTests : RegistryTest
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Appendix4 = SeedFiles.Rows("appendix4-firms.csv");

    [Fact]
    public async Task The_list_starts_with_the_appendix_4_firms_in_their_printed_order()
    {
        var page = await App.SendAsync(new ListEnterprises());

        Assert.Equal(100, page.Total);
        Assert.Equal(50, page.Items.Count);
        Assert.Equal(Enumerable.Range(1, 50), page.Items.Select(f => f.ListNo ?? 0));
        Assert.Equal("浙江曙光信息技术有限公司", page.Items[0].Name);
    }

    [Fact]
    public async Task A_page_holds_the_firms_after_the_earlier_pages_and_the_total_counts_them_all()
    {
        var page = await App.SendAsync(new ListEnterprises(Page: 3, PageSize: 10));

        Assert.Equal((100, 3, 10), (page.Total, page.Page, page.PageSize));
        Assert.Equal(Enumerable.Range(21, 10), page.Items.Select(f => f.ListNo ?? 0));
    }

    [Fact]
    public async Task Firms_registered_later_follow_the_appendix_4_firms()
    {
        await App.SendAsync(new RegisterEnterprise("金华金东测试有限公司", "多湖街道"));

        var page = await App.SendAsync(new ListEnterprises(Page: 2, PageSize: 100));

        var firm = Assert.Single(page.Items);
        Assert.Equal(("金华金东测试有限公司", (int?)null, 101), (firm.Name, firm.ListNo, page.Total));
    }

    [Theory]
    [InlineData(null, 3, 49, new[] { 99, 100, 0, 0, 0 })]
    [InlineData(null, 2, 60, new[] { 61, 62, 63 })]
    [InlineData("-listNo", 2, 60, new[] { 40, 39, 38 })]
    [InlineData("-listNo", 3, 49, new[] { 2, 1, 0, 0, 0 })]
    public async Task A_page_across_the_end_of_the_appendix_4_firms_continues_with_the_later_firms_in_registration_order(string? sort, int pageNo, int pageSize, int[] firstListNos)
    {
        foreach (var name in new[] { "金华金东测试甲有限公司", "金华金东测试乙有限公司", "金华金东测试丙有限公司" })
        {
            await App.SendAsync(new RegisterEnterprise(name, "多湖街道"));
        }

        var page = await App.SendAsync(new ListEnterprises(Page: pageNo, PageSize: pageSize, Sort: sort));

        Assert.Equal(103, page.Total);
        Assert.Equal(firstListNos, page.Items.Take(firstListNos.Length).Select(f => f.ListNo ?? 0));
        Assert.Equal(["金华金东测试甲有限公司", "金华金东测试乙有限公司", "金华金东测试丙有限公司"], page.Items.Where(f => f.ListNo is null).Select(f => f.Name));
        Assert.Equal(Math.Min(pageSize, 103 - (pageNo - 1) * pageSize), page.Items.Count);
    }

    [Theory]
    [InlineData("孝顺镇")]
    [InlineData("孝顺")]
    [InlineData(" 鞋塘办事处 ")]
    [InlineData("鞋塘")]
    public async Task Filtering_by_township_accepts_the_full_or_the_short_name(string township)
    {
        var fullName = township.Trim().StartsWith("孝顺", StringComparison.Ordinal) ? "孝顺镇" : "鞋塘办事处";
        var expected = Appendix4.Count(r => r["township"] == fullName);

        var page = await App.SendAsync(new ListEnterprises(Township: township, PageSize: 100));

        Assert.Equal(expected, page.Total);
        Assert.All(page.Items, f => Assert.Equal(fullName, f.Township));
    }

    [Fact]
    public async Task Filtering_by_target_lists_the_two_firms_aimed_at_over_5_billion()
    {
        var page = await App.SendAsync(new ListEnterprises(Target: "超50亿元"));

        Assert.Equal([1, 2], page.Items.Select(f => f.ListNo ?? 0));
    }

    [Fact]
    public async Task Filtering_by_tier_lists_the_firms_whose_recorded_tier_it_is()
    {
        Assert.Equal(0, (await App.SendAsync(new ListEnterprises(Tier: "超亿元"))).Total);
        var id = await App.FirmIdAsync(9);
        await App.SendAsync(RecordFigures.Of(id, 2024, 18_000m));
        await App.SendAsync(RecordFigures.Of(await App.FirmIdAsync(10), 2024, 3_000m));

        var page = await App.SendAsync(new ListEnterprises(Tier: "超亿元"));

        var firm = Assert.Single(page.Items);
        Assert.Equal((id, "超亿元"), (firm.Id, firm.Tier));
    }

    [Fact]
    public async Task Filtering_by_segment_lists_the_firms_of_that_segment()
    {
        var expected = Appendix4.Where(r => r["segment"] == "电动（园林）工具").Select(r => int.Parse(r["list_no"], System.Globalization.CultureInfo.InvariantCulture));

        var page = await App.SendAsync(new ListEnterprises(Segment: "电动（园林）工具", PageSize: 100));

        Assert.Equal(expected, page.Items.Select(f => f.ListNo ?? 0));
    }

    [Theory]
    [InlineData("龙芯")]
    [InlineData("工具")]
    [InlineData("(金华)")]
    [InlineData("（金华）")]
    public async Task Searching_text_finds_the_firms_whose_name_contains_it(string text)
    {
        var expected = Appendix4.Where(r => r["name"].Contains(text, StringComparison.Ordinal)).Select(r => r["name"]).ToList();

        var page = await App.SendAsync(new ListEnterprises(Text: text, PageSize: 100));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(f => f.Name));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("-name")]
    public async Task Sorting_by_name_orders_the_firms_by_pinyin(string sort)
    {
        var pinyin = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), ignoreCase: false);
        var expected = Appendix4.Select(r => r["name"]).Order(pinyin).ToList();
        if (sort.StartsWith('-'))
        {
            expected.Reverse();
        }

        var page = await App.SendAsync(new ListEnterprises(PageSize: 100, Sort: sort));

        Assert.Equal(expected, page.Items.Select(f => f.Name));
        Assert.NotEqual(expected.Order(StringComparer.Ordinal), expected);
    }

    [Theory]
    [InlineData("zjdz")]
    [InlineData("ZJDZCL")]
    [InlineData("dazhongchilun")]
    [InlineData("zhejiangdazhong")]
    public async Task Searching_pinyin_initials_or_full_pinyin_finds_the_firm(string text)
    {
        var page = await App.SendAsync(new ListEnterprises(Text: text, PageSize: 100));

        Assert.Contains("浙江大众齿轮有限公司", page.Items.Select(f => f.Name));
    }

    [Theory]
    [InlineData("changcheng")]
    [InlineData("zhangcheng")]
    [InlineData("chonggong")]
    [InlineData("jhcczg")]
    [InlineData("yinhang")]
    public async Task A_character_of_several_readings_is_found_by_each(string text)
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华长城重工银行测试有限公司", "多湖街道"));

        Assert.Contains(id, (await App.SendAsync(new ListEnterprises(Text: text, PageSize: 100))).Items.Select(f => f.Id));
    }

    [Fact]
    public async Task A_renamed_firm_is_found_by_the_pinyin_of_its_new_name_only()
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华金东旧名测试有限公司", "多湖街道"));
        await App.SendAsync(new UpdateEnterprise(id, Name: "金华金东新名测试有限公司"));

        Assert.Equal(id, Assert.Single((await App.SendAsync(new ListEnterprises(Text: "xinmingceshi"))).Items).Id);
        Assert.Equal(0, (await App.SendAsync(new ListEnterprises(Text: "jiumingceshi"))).Total);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("有限公司%")]
    public async Task Search_text_is_matched_literally_not_as_a_wildcard(string text)
    {
        Assert.Equal(0, (await App.SendAsync(new ListEnterprises(Text: text))).Total);
    }

    [Fact]
    public async Task A_renamed_firm_is_found_by_its_new_name_and_no_longer_by_its_old_one()
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华金东旧名测试有限公司", "多湖街道"));
        Assert.Equal(id, Assert.Single((await App.SendAsync(new ListEnterprises(Text: "旧名测试"))).Items).Id);

        await App.SendAsync(new UpdateEnterprise(id, Name: "金华金东新名测试有限公司"));

        Assert.Equal(0, (await App.SendAsync(new ListEnterprises(Text: "旧名测试"))).Total);
        Assert.Equal(id, Assert.Single((await App.SendAsync(new ListEnterprises(Text: "新名测试"))).Items).Id);
    }

    [Theory]
    [InlineData("abc精密")]
    [InlineData("ABC精密")]
    [InlineData("Ab")]
    public async Task Searching_ignores_the_case_of_latin_letters(string text)
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华ABC精密测试有限公司", "多湖街道"));

        // Latin letters alone also match the pinyin of other names (包装 baozhuang holds "ab").
        Assert.Contains(id, (await App.SendAsync(new ListEnterprises(Text: text, PageSize: 100))).Items.Select(f => f.Id));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("精\"密")]
    [InlineData("\\_%")]
    [InlineData("NEAR(a b)")]
    public async Task Search_text_with_quotes_or_search_syntax_is_matched_literally(string text)
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华精\"密\\_%NEAR(a b)测试有限公司", "多湖街道"));

        Assert.Equal(id, Assert.Single((await App.SendAsync(new ListEnterprises(Text: text))).Items).Id);
    }

    [Fact]
    public async Task The_total_of_a_list_counts_a_firm_registered_after_it_was_shown()
    {
        Assert.Equal(2, (await App.SendAsync(new ListEnterprises(Township: "孝顺", Target: "超50亿元"))).Total);

        await App.SendAsync(new RegisterEnterprise("金华金东计数测试有限公司", "孝顺镇", Target: "超50亿元"));

        Assert.Equal(3, (await App.SendAsync(new ListEnterprises(Township: "孝顺", Target: "超50亿元"))).Total);
    }

    [Fact]
    public async Task Searching_a_whole_credit_code_in_lower_case_finds_its_firm()
    {
        var id = await App.SendAsync(new RegisterEnterprise("金华金东测试有限公司", "多湖街道", "91350100M000100Y43"));

        var page = await App.SendAsync(new ListEnterprises(Text: "91350100m000100y43"));

        Assert.Equal(id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var page = await App.SendAsync(new ListEnterprises(Township: "孝顺", Target: "超5亿元", Text: "金华", PageSize: 100));

        Assert.Equal([21, 22], page.Items.Select(f => f.ListNo ?? 0));
    }

    [Fact]
    public async Task An_unknown_status_is_refused()
    {
        Assert.Equal("状态“gone”无效，可选：active（在库）、moved-out（迁出）、closed（关停）。", await App.InvalidAsync(new ListEnterprises(Status: "gone"), "Status"));
    }

    [Fact]
    public async Task An_unknown_tier_is_refused()
    {
        await App.InvalidAsync(new ListEnterprises(Tier: "超3亿元"), "Tier");
    }

    [Theory]
    [InlineData(0, 50, "Page")]
    [InlineData(1, 0, "PageSize")]
    [InlineData(1, 10_001, "PageSize")]
    public async Task A_page_out_of_range_is_refused(int page, int pageSize, string field)
    {
        Assert.Equal("页码须大于 0，每页条数须在 1 至 10000 之间。", await App.InvalidAsync(new ListEnterprises(Page: page, PageSize: pageSize), field));
    }
}
