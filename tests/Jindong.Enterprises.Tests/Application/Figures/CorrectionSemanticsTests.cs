using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Figures;

/// <summary>A correction changes only what it is given; clearing is explicit; amounts are exact.</summary>
public sealed class CorrectionSemanticsTests : RegistryTest
{
    [Fact]
    public async Task A_correction_of_output_and_tax_keeps_the_revenue_and_value_added_recorded_before()
    {
        var id = await App.FirmIdAsync(30);
        await App.SendAsync(RecordFigures.Of(id, 2023, 4_000m, Revenue: 4_200m, ValueAdded: 900m));

        var outcome = await App.SendAsync(RecordFigures.Of(id, 2023, 5_000m, Tax: 99_999m));

        var values = await ValuesAsync(id, 2023);
        Assert.Equal(new FigureValues(5_000m, 4_200m, 99_999m, 900m), values);
        Assert.Equal(
            [new MeasureChange(Measure.Output, 4_000m, 5_000m), new MeasureChange(Measure.Tax, null, 99_999m)],
            outcome.Changed);
    }

    [Fact]
    public async Task A_correction_need_not_give_the_output_and_clearing_a_measure_is_explicit()
    {
        var id = await App.FirmIdAsync(30);
        await App.SendAsync(RecordFigures.Of(id, 2023, 4_000m, Tax: 100m, Land: 12m));

        await App.SendAsync(new RecordAnnualFigures(id, 2023, FigureChanges.Of([KeyValuePair.Create(Measure.Land, (decimal?)null)])));

        Assert.Equal(new FigureValues(4_000m, TaxWan: 100m), await ValuesAsync(id, 2023));
    }

    [Fact]
    public async Task The_first_record_of_a_year_without_output_is_refused_naming_the_output_and_writes_nothing()
    {
        var id = await App.FirmIdAsync(30);
        var before = await App.CountsAsync();

        var message = await App.InvalidAsync(new RecordAnnualFigures(id, 2023, FigureChanges.Of([KeyValuePair.Create(Measure.Tax, (decimal?)5m)])), "Output");

        Assert.Contains("首次录入须填写工业总产值", message, StringComparison.Ordinal);
        Assert.Equal(before, await App.CountsAsync());
    }

    [Fact]
    public async Task Clearing_the_output_is_refused_naming_it()
    {
        var id = await App.FirmIdAsync(30);
        await App.SendAsync(RecordFigures.Of(id, 2023, 4_000m));

        var message = await App.InvalidAsync(new RecordAnnualFigures(id, 2023, FigureChanges.Of([KeyValuePair.Create(Measure.Output, (decimal?)null)])), "Output");

        Assert.Equal("工业总产值不能清空（它决定企业档次）。", message);
    }

    [Fact]
    public async Task An_output_a_hair_under_the_threshold_is_rounded_first_and_the_tier_read_from_what_is_stored()
    {
        var id = await App.FirmIdAsync(30);

        var outcome = await App.SendAsync(RecordFigures.Of(id, 2023, 1_999.9999999999999m));

        Assert.Equal(2_000m, (await ValuesAsync(id, 2023)).OutputWan);
        Assert.Equal(("规上", "规上"), (outcome.ImpliedTier, outcome.InitialTier));
        Assert.Equal(Tier.AboveScale, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.CurrentTier).SingleAsync()));
        var started = await App.SendAsync(new StartAnnualReview(2023));
        Assert.Equal(0, await App.QueryAsync(db => db.ReviewProposals.CountAsync(p => p.EnterpriseId == id)));
        Assert.Equal(2023, started.Year);
    }

    [Fact]
    public async Task Amounts_are_kept_exactly_to_four_places_half_away_from_zero()
    {
        var id = await App.FirmIdAsync(30);

        await App.SendAsync(RecordFigures.Of(id, 2023, 123_456_789.12345m, Tax: 0.00005m, Land: 0.00004m));

        Assert.Equal(new FigureValues(123_456_789.1235m, TaxWan: 0.0001m, LandMu: 0m), await ValuesAsync(id, 2023));
    }

    [Fact]
    public async Task Figures_for_a_year_that_has_not_begun_are_refused_and_write_nothing()
    {
        var id = await App.FirmIdAsync(30);
        var before = await App.CountsAsync();

        var message = await App.InvalidAsync(RecordFigures.Of(id, TestApp.StartTime.Year + 1, 4_000m), "Year");

        Assert.Contains("该年尚未开始", message, StringComparison.Ordinal);
        Assert.Equal(before, await App.CountsAsync());
    }

    [Theory]
    [InlineData("2,5", false)]
    [InlineData("12,34", false)]
    [InlineData("1,234", true)]
    [InlineData("12,345.6", true)]
    [InlineData("１２３．５", true)]
    [InlineData("1 234", false)]
    public void Numbers_are_read_with_thousands_separators_only_in_groups_of_three(string text, bool read)
    {
        Assert.Equal(read, AmountText.TryParse(text, out _));
    }

    private Task<FigureValues> ValuesAsync(int firm, int year) =>
        App.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == firm && f.Year == year).Select(f => f.Values).SingleAsync());
}
