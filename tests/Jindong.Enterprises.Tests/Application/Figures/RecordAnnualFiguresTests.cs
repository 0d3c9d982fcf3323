using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Figures;

public sealed class RecordAnnualFiguresTests : RegistryTest
{
    [Fact]
    public async Task The_first_record_of_a_firm_adds_version_1_and_gives_it_the_tier_its_output_implies()
    {
        var id = await App.FirmIdAsync(5);

        var outcome = await App.SendAsync(RecordFigures.Of(id, 2024, 12_500m, Revenue: 13_000m, Tax: 420.5m, Land: 85m, Employees: 310));

        Assert.Equal((RecordKind.Added, 1, "超亿元", "超亿元"), (outcome.Kind, outcome.Version, outcome.ImpliedTier, outcome.InitialTier));
        var figures = await App.QueryAsync(db => db.AnnualFigures.SingleAsync(f => f.EnterpriseId == id));
        Assert.Equal(new FigureValues(12_500m, 13_000m, 420.5m, null, 85m, 310), figures.Values);
        Assert.Equal(2024, figures.Year);
        Assert.Equal(1, figures.Version);
        Assert.Equal(FiguresSource.Manual, figures.Source);
        Assert.Equal(TestUser.DefaultName, figures.RecordedBy);
        Assert.Equal(TestApp.StartTime.UtcDateTime, figures.RecordedAt);
        var move = await App.QueryAsync(db => db.TierMoves.SingleAsync(m => m.EnterpriseId == id));
        Assert.Equal((TierMoveKind.Initial, (Tier?)null, Tier.Over100Million, 2024), (move.Kind, move.From, move.To, move.Year));
        Assert.Equal("首次录入年度数据，按 2024 年工业总产值确定档次。", move.Reason);
        Assert.Equal(Tier.Over100Million, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.CurrentTier).SingleAsync()));
    }

    [Fact]
    public async Task The_first_record_is_audited_for_both_the_figures_and_the_initial_tier()
    {
        var id = await App.FirmIdAsync(5);

        await App.SendAsync(RecordFigures.Of(id, 2024, 1_500m));

        var entries = await App.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(nameof(RecordAnnualFigures), e.Command));
        Assert.Contains("\"tier\":\"规下\"", entries[0].After, StringComparison.Ordinal);
        Assert.Null(entries[1].Before);
        Assert.Contains("\"output\":1500", entries[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_the_same_values_again_changes_nothing()
    {
        var id = await App.FirmIdAsync(5);
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_345.6789m, Tax: 0.0001m));
        var before = await App.CountsAsync();

        var outcome = await App.SendAsync(RecordFigures.Of(id, 2024, 12_345.6789m, Tax: 0.0001m));

        Assert.Equal((RecordKind.Unchanged, 1, "超亿元", (string?)null), (outcome.Kind, outcome.Version, outcome.ImpliedTier, outcome.InitialTier));
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task Figures_are_kept_to_the_fourth_decimal_place_of_a_wan_yuan()
    {
        var id = await App.FirmIdAsync(5);

        await App.SendAsync(RecordFigures.Of(id, 2024, 1_234_567.8912m, Revenue: 0.0001m, Rd: 99_999.9999m));

        var values = await App.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == id).Select(f => new { f.Values.OutputWan, f.Values.RevenueWan, f.Values.RdWan }).SingleAsync());
        Assert.Equal(1_234_567.8912m, values.OutputWan);
        Assert.Equal(0.0001m, values.RevenueWan);
        Assert.Equal(99_999.9999m, values.RdWan);
    }

    [Fact]
    public async Task A_correction_adds_version_2_and_keeps_the_earlier_version()
    {
        var id = await App.FirmIdAsync(5);
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_000m, Tax: 400m));
        App.Clock.Advance(TimeSpan.FromDays(30));

        var outcome = await App.SendAsync(RecordFigures.Of(id, 2024, 11_800m, Tax: 410m, ExpectedVersion: 1));

        Assert.Equal((RecordKind.Corrected, 2, "超亿元", (string?)null), (outcome.Kind, outcome.Version, outcome.ImpliedTier, outcome.InitialTier));
        var revision = await App.QueryAsync(db => db.AnnualFiguresRevisions.SingleAsync(r => r.EnterpriseId == id));
        Assert.Equal((2024, 1, 12_000m, (decimal?)400m), (revision.Year, revision.Version, revision.Values.OutputWan, revision.Values.TaxWan));
        Assert.Equal(TestApp.StartTime.UtcDateTime, revision.RecordedAt);
        Assert.Equal(TestApp.StartTime.UtcDateTime.AddDays(30), revision.SupersededAt);

        var details = await App.SendAsync(new GetEnterprise(id));
        var year = Assert.Single(details.Figures);
        Assert.Equal((2, 11_800m), (year.Version, year.Values.OutputWan));
        var earlier = Assert.Single(year.EarlierVersions);
        Assert.Equal((1, 12_000m, (decimal?)400m), (earlier.Version, earlier.Values.OutputWan, earlier.Values.TaxWan));
    }

    [Fact]
    public async Task A_correction_is_audited_with_the_figures_before_and_after()
    {
        var id = await App.FirmIdAsync(5);
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_000m));

        await App.SendAsync(RecordFigures.Of(id, 2024, 11_800m));

        var entry = await App.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == id).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("\"output\":12000", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"output\":11800", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_implying_another_tier_do_not_move_a_firm_whose_tier_is_known()
    {
        var id = await App.FirmIdAsync(5);
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_000m));

        var corrected = await App.SendAsync(RecordFigures.Of(id, 2024, 60_000m));
        var nextYear = await App.SendAsync(RecordFigures.Of(id, 2025, 150_000m));

        Assert.Equal(("超5亿元", (string?)null), (corrected.ImpliedTier, corrected.InitialTier));
        Assert.Equal(("超10亿元", (string?)null), (nextYear.ImpliedTier, nextYear.InitialTier));
        Assert.Equal(1, await App.QueryAsync(db => db.TierMoves.CountAsync(m => m.EnterpriseId == id)));
        Assert.Equal(Tier.Over100Million, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.CurrentTier).SingleAsync()));
    }

    [Fact]
    public async Task Recording_negative_output_is_refused_and_writes_nothing()
    {
        var message = await App.InvalidAsync(RecordFigures.Of(await App.FirmIdAsync(5), 2024, -1m), "Output");

        Assert.Equal("工业总产值不能为负数。", message);
    }

    [Theory]
    [InlineData("Revenue", "营业收入不能为负数。")]
    [InlineData("Tax", "税收不能为负数。")]
    [InlineData("Land", "用地面积不能为负数。")]
    [InlineData("Employees", "从业人员不能为负数。")]
    [InlineData("Energy", "能耗不能为负数。")]
    public async Task Recording_any_negative_figure_is_refused_naming_the_figure(string field, string expected)
    {
        var id = await App.FirmIdAsync(5);
        var command = field switch
        {
            "Revenue" => RecordFigures.Of(id, 2024, 100m, Revenue: -1m),
            "Tax" => RecordFigures.Of(id, 2024, 100m, Tax: -1m),
            "Land" => RecordFigures.Of(id, 2024, 100m, Land: -1m),
            "Employees" => RecordFigures.Of(id, 2024, 100m, Employees: -1),
            _ => RecordFigures.Of(id, 2024, 100m, Energy: -1m),
        };

        Assert.Equal(expected, await App.InvalidAsync(command, field));
    }

    [Fact]
    public async Task Recording_an_impossibly_large_output_is_refused_and_writes_nothing()
    {
        Assert.Equal("工业总产值超出允许范围。", await App.InvalidAsync(RecordFigures.Of(await App.FirmIdAsync(5), 2024, 1_000_000_000_000m), "Output"));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task Recording_a_year_outside_2000_to_2100_is_refused_and_writes_nothing(int year)
    {
        Assert.Equal("年份须在 2000 至 2100 之间。", await App.InvalidAsync(RecordFigures.Of(await App.FirmIdAsync(5), year, 12_000m), "Year"));
    }

    [Fact]
    public async Task A_correction_based_on_a_stale_version_is_refused_and_writes_nothing()
    {
        var id = await App.FirmIdAsync(5);
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_000m));
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_100m, ExpectedVersion: 1));

        var refused = await App.RefusedAsync(RecordFigures.Of(id, 2024, 11_900m, ExpectedVersion: 1));

        Assert.Equal("该记录已被他人修改，请刷新后重试。", Assert.IsType<ConflictException>(refused).Message);
    }

    [Fact]
    public async Task Recording_for_a_firm_that_does_not_exist_is_refused()
    {
        var refused = await App.RefusedAsync(RecordFigures.Of(99_999, 2024, 12_000m));

        Assert.Equal("找不到企业“99999”（可用编号、统一社会信用代码或完整名称）。", Assert.IsType<NotFoundException>(refused).Message);
    }

    [Fact]
    public async Task Each_year_is_listed_newest_first()
    {
        var id = await App.FirmIdAsync(5);
        await App.SendAsync(RecordFigures.Of(id, 2023, 9_000m));
        await App.SendAsync(RecordFigures.Of(id, 2025, 13_000m));
        await App.SendAsync(RecordFigures.Of(id, 2024, 11_000m));

        var details = await App.SendAsync(new GetEnterprise(id));

        Assert.Equal([2025, 2024, 2023], details.Figures.Select(f => f.Year));
        Assert.Equal(["超亿元", "超亿元", "规上"], details.Figures.Select(f => f.ImpliedTier));
    }
}
