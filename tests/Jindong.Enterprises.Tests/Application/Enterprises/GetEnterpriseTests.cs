using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Enterprises;

public sealed class GetEnterpriseTests : RegistryTest
{
    [Fact]
    public async Task A_seeded_firm_shows_its_township_taxonomy_platform_and_projects()
    {
        var firm = await App.SendAsync(new GetEnterprise(await App.FirmIdAsync(1)));

        Assert.Equal((1, "浙江曙光信息技术有限公司", "孝顺镇", "超50亿元"), (firm.ListNo ?? 0, firm.Name, firm.Township, firm.Target));
        Assert.Equal(("智能终端制造业", "信息技术应用创新产业", "战略主导产业", "appendix3"), (firm.Segment, firm.Industry, firm.IndustryCategory, firm.SegmentSource));
        Assert.Equal("金义新区信息技术应用创新产业平台（含金华科技城）", firm.Platform);
        var project = Assert.Single(firm.Projects);
        Assert.Equal((1, "服务器产线项目、龙芯云项目、超算中心项目", 50.00m, "2023.12"), (project.No, project.Project, project.TotalInvestmentYi, project.ExpectedCompletion));
        Assert.Null(firm.Tier);
        Assert.Equal("active", firm.Status);
        Assert.Empty(firm.Figures);
        Assert.Empty(firm.TierHistory);
    }

    [Fact]
    public async Task An_unclassified_firm_shows_no_segment_and_says_why()
    {
        var row = SeedFiles.Rows("appendix4-firms.csv").First(r => r["segment_source"] == "unclassified");

        var firm = await App.SendAsync(new GetEnterprise(await App.FirmIdAsync(int.Parse(row["list_no"], CultureInfo.InvariantCulture))));

        Assert.Equal(((string?)null, (string?)null, "unclassified"), (firm.Segment, firm.Industry, firm.SegmentSource));
        Assert.Equal(row["segment_evidence"], firm.SegmentNote);
    }

    [Fact]
    public async Task A_firm_that_does_not_exist_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetEnterprise(99_999)));
    }
}
