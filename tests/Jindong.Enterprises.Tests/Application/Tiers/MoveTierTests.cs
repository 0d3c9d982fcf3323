using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Tiers;

public sealed class MoveTierTests : RegistryTest
{
    [Fact]
    public async Task A_move_the_years_output_supports_is_recorded_as_manual()
    {
        var id = await FirmAboveScaleIn2024Async();
        await App.SendAsync(RecordFigures.Of(id, 2025, 12_000m));
        App.Clock.Advance(TimeSpan.FromDays(1));

        var move = await App.SendAsync(new MoveTier(id, "超亿元", 2025, "2025年产值过亿"));

        Assert.Equal(
            new TierMoveView(2025, "规上", "超亿元", "manual", "2025年产值过亿", false, null, TestUser.DefaultName, TestApp.StartTime.UtcDateTime.AddDays(1)),
            move);
        Assert.Equal(Tier.Over100Million, await CurrentTierAsync(id));
    }

    [Fact]
    public async Task A_move_is_audited_with_its_reason_and_the_tier_before_and_after()
    {
        var id = await FirmAboveScaleIn2024Async();
        await App.SendAsync(RecordFigures.Of(id, 2025, 12_000m));

        await App.SendAsync(new MoveTier(id, "超亿元", 2025, "2025年产值过亿"));

        var entry = await App.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == id).OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal((nameof(MoveTier), "2025年产值过亿"), (entry.Command, entry.Reason));
        Assert.Contains("\"tier\":\"规上\"", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"tier\":\"超亿元\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_of_exactly_10000_wan_supports_the_move_to_over_100_million()
    {
        var id = await FirmAboveScaleIn2024Async();
        await App.SendAsync(RecordFigures.Of(id, 2025, 10_000m));

        var move = await App.SendAsync(new MoveTier(id, "超亿元", 2025, "产值恰好1亿元"));

        Assert.Equal("超亿元", move.To);
    }

    [Fact]
    public async Task A_demotion_the_output_supports_is_accepted()
    {
        var id = await App.FirmIdAsync(7);
        await App.SendAsync(RecordFigures.Of(id, 2024, 12_000m));
        await App.SendAsync(RecordFigures.Of(id, 2025, 8_000m));

        var move = await App.SendAsync(new MoveTier(id, "规上", 2025, "产值回落"));

        Assert.Equal(("超亿元", "规上"), (move.From, move.To));
    }

    [Fact]
    public async Task A_move_the_output_does_not_support_is_refused_and_writes_nothing()
    {
        var id = await FirmAboveScaleIn2024Async();

        var refused = await App.RefusedAsync(new MoveTier(id, "超5亿元", 2024, "领导要求"));

        var refusal = Assert.IsType<RuleViolationException>(refused);
        Assert.Equal("2024 年工业总产值对应“规上”，不支持调整到“超5亿元”；如确需调整，请标记为特批（--override）并说明原因。", refusal.Message);
        Assert.Equal(Tier.AboveScale, await CurrentTierAsync(id));
    }

    [Fact]
    public async Task An_override_moves_against_the_output_and_is_recorded_as_one()
    {
        var id = await FirmAboveScaleIn2024Async();

        var move = await App.SendAsync(new MoveTier(id, "超5亿元", 2024, "并购后合并报表，经局务会特批", Override: true));

        Assert.True(move.IsOverride);
        Assert.Equal("manual", move.Kind);
        var stored = await App.QueryAsync(db => db.TierMoves.Where(m => m.EnterpriseId == id).OrderByDescending(m => m.Id).FirstAsync());
        Assert.True(stored.IsOverride);
        Assert.Equal("并购后合并报表，经局务会特批", stored.Reason);
        Assert.Equal(Tier.Over500Million, await CurrentTierAsync(id));
    }

    [Fact]
    public async Task A_move_for_a_year_without_figures_is_refused_and_writes_nothing()
    {
        var id = await FirmAboveScaleIn2024Async();

        var refused = await App.RefusedAsync(new MoveTier(id, "超亿元", 2025, "预计过亿"));

        Assert.Equal("2025 年没有年度数据，不能据此调整档次；如确需调整，请标记为特批（--override）并说明原因。", Assert.IsType<RuleViolationException>(refused).Message);
    }

    [Fact]
    public async Task An_override_gives_a_firm_with_no_figures_its_first_tier()
    {
        var id = await App.FirmIdAsync(1);

        var move = await App.SendAsync(new MoveTier(id, "超50亿元", 2025, "据统计局快报", Override: true));

        Assert.Equal(("initial", (string?)null, "超50亿元", true), (move.Kind, move.From, move.To, move.IsOverride));
    }

    [Fact]
    public async Task Moving_to_the_current_tier_is_refused_and_writes_nothing()
    {
        var id = await FirmAboveScaleIn2024Async();

        var refused = await App.RefusedAsync(new MoveTier(id, "规上", 2024, "重复确认"));

        Assert.Equal("当前档次已是“规上”。", Assert.IsType<RuleViolationException>(refused).Message);
    }

    [Fact]
    public async Task A_firm_that_moved_out_cannot_be_moved_in_tier()
    {
        var id = await FirmAboveScaleIn2024Async();
        await App.SendAsync(RecordFigures.Of(id, 2025, 12_000m));
        await App.SendAsync(new MoveOutEnterprise(id, "迁往兰溪"));

        Assert.IsType<RuleViolationException>(await App.RefusedAsync(new MoveTier(id, "超亿元", 2025, "产值过亿")));
        Assert.IsType<RuleViolationException>(await App.RefusedAsync(new MoveTier(id, "超亿元", 2025, "产值过亿", Override: true)));
    }

    [Fact]
    public async Task Moving_to_an_unknown_tier_is_refused_and_writes_nothing()
    {
        var message = await App.InvalidAsync(new MoveTier(await FirmAboveScaleIn2024Async(), "超3亿元", 2024, "测试"), "To");

        Assert.Equal("档次“超3亿元”无效，可选：规下、规上、超亿元、超5亿元、超10亿元、超20亿元、超50亿元。", message);
    }

    [Fact]
    public async Task Moving_without_a_reason_is_refused_and_writes_nothing()
    {
        Assert.Equal("请填写原因。", await App.InvalidAsync(new MoveTier(await FirmAboveScaleIn2024Async(), "超亿元", 2024, " "), "Reason"));
    }

    [Fact]
    public async Task Moving_for_a_year_outside_the_range_is_refused_and_writes_nothing()
    {
        await App.InvalidAsync(new MoveTier(await FirmAboveScaleIn2024Async(), "超亿元", 1999, "测试"), "Year");
    }

    [Fact]
    public async Task The_firms_tier_history_lists_every_move_in_order()
    {
        var id = await FirmAboveScaleIn2024Async();
        await App.SendAsync(RecordFigures.Of(id, 2025, 12_000m));
        await App.SendAsync(new MoveTier(id, "超亿元", 2025, "2025年产值过亿"));

        var history = (await App.SendAsync(new GetEnterprise(id))).TierHistory;

        Assert.Equal(
            [("initial", (string?)null, "规上", 2024), ("manual", "规上", "超亿元", 2025)],
            history.Select(m => (m.Kind, m.From, m.To, m.Year)));
    }

    private async Task<int> FirmAboveScaleIn2024Async()
    {
        var id = await App.FirmIdAsync(7);
        var outcome = await App.SendAsync(RecordFigures.Of(id, 2024, 5_000m));
        Assert.Equal("规上", outcome.InitialTier);
        return id;
    }

    private Task<Tier?> CurrentTierAsync(int id) =>
        App.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.CurrentTier).SingleAsync());
}
