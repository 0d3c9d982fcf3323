using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Review.Tests.Support;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Reviews;

/// <summary>Reviews and moves in year order: nothing undoes a later year's signed-off result without an audited reopen.</summary>
public sealed class ReviewYearOrderTests : ReviewTest
{
    [Fact]
    public async Task A_review_of_an_earlier_year_after_a_later_one_is_signed_off_is_refused_and_rolls_nothing_back()
    {
        var firm = await App.FirmAsync("年序测试企业", tierOutput: 3_000m);
        await App.SendAsync(RecordFigures.Of(firm, 2025, 60_000m));
        await SignOffAsync(2025);
        var before = await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.CurrentTier).SingleAsync());

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new StartAnnualReview(2022)));

        Assert.Contains("2025 年度评审已签批", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Tier.Over500Million, before);
        Assert.Equal(before, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.CurrentTier).SingleAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.AnnualReviews.CountAsync(r => r.Year == 2022)));
    }

    [Fact]
    public async Task Only_one_review_is_open_at_a_time()
    {
        await App.SendAsync(new StartAnnualReview(2023));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new StartAnnualReview(2024)));

        Assert.Contains("2023 年度评审尚未签批", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_of_a_year_that_has_not_ended_is_refused()
    {
        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new StartAnnualReview(ReviewApp.StartTime.Year)));

        Assert.Contains("尚未结束", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_move_for_a_year_older_than_the_latest_figures_needs_an_override()
    {
        var firm = await App.FirmAsync("旧年调整企业", tierOutput: 3_000m);
        await App.SendAsync(RecordFigures.Of(firm, 2024, 12_000m));
        await App.SendAsync(RecordFigures.Of(firm, 2023, 60_000m));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new MoveTier(firm, "超5亿元", 2023, "按2023年数据")));
        var moved = await App.SendAsync(new MoveTier(firm, "超5亿元", 2023, "局务会决定按2023年数据调整", Override: true));

        Assert.Contains("特批", refused.Message, StringComparison.Ordinal);
        Assert.True(moved.IsOverride);
    }

    [Theory]
    [InlineData("move")]
    [InlineData("target")]
    [InlineData("township")]
    [InlineData("move-out")]
    public async Task A_change_to_a_firm_while_its_review_is_open_flags_its_proposal(string change)
    {
        var firm = await App.FirmAsync("评审中变更企业", tierOutput: 3_000m, target: "超亿元");
        await App.SendAsync(RecordFigures.Of(firm, 2023, 12_000m));
        await App.SendAsync(new StartAnnualReview(2023));
        await App.SendAsync(new DecideProposal(2023, firm, true, "同意"));

        await (change switch
        {
            "move" => App.SendAsync(new MoveTier(firm, "超5亿元", 2023, "特批", Override: true)),
            "target" => App.SendAsync(new SetCultivationTarget(firm, "超10亿元", "调整目标")),
            "township" => App.SendAsync(new UpdateEnterprise(firm, Township: "江东镇")),
            _ => (Task)App.SendAsync(new MoveOutEnterprise(firm, "迁往外区")),
        });

        var proposal = Assert.Single((await App.SendAsync(new GetReview(2023))).Proposals, p => p.Firm.Id == firm);
        Assert.True(proposal.Changed);
        Assert.Equal(change is "township" ? "approved" : "pending", proposal.Decision);
    }

    [Fact]
    public async Task At_sign_off_a_move_goes_from_the_tier_at_that_moment_and_its_kind_follows_its_direction()
    {
        var firm = await App.FirmAsync("签批方向企业", tierOutput: 150_000m);
        await App.SendAsync(RecordFigures.Of(firm, 2023, 250_000m));
        await App.SendAsync(new StartAnnualReview(2023));
        await App.SendAsync(new DecideProposal(2023, firm, true, "同意晋档"));
        await App.SendAsync(new MoveTier(firm, "超50亿元", 2023, "并购后合并报表", Override: true));
        await App.SendAsync(new DecideProposal(2023, firm, true, "复核后同意"));

        await App.SendAsync(new SignOffReview(2023));

        var move = await App.QueryAsync(db => db.TierMoves.Where(m => m.EnterpriseId == firm && m.ReviewId != null).SingleAsync());
        Assert.Equal((Tier.Over5Billion, Tier.Over2Billion, TierMoveKind.ReviewDemotion), (move.From!.Value, move.To, move.Kind));
    }

    [Fact]
    public async Task An_approved_proposal_sign_off_skips_is_shown_as_not_applied_with_why()
    {
        var gone = await App.FirmAsync("签批前关停企业", tierOutput: 3_000m);
        var there = await App.FirmAsync("签批前已调整企业", tierOutput: 3_000m);
        await App.SendAsync(RecordFigures.Of(gone, 2023, 12_000m));
        await App.SendAsync(RecordFigures.Of(there, 2023, 12_000m));
        await App.SendAsync(new StartAnnualReview(2023));
        await App.SendAsync(new ApproveAllProposals(2023, "同意"));
        await App.SendAsync(new MoveOutEnterprise(gone, "关停", Closed: true));
        await App.SendAsync(new DecideProposal(2023, gone, true, "仍同意"));
        await App.SendAsync(new MoveTier(there, "超亿元", 2023, "提前调整"));

        var signed = await App.SendAsync(new SignOffReview(2023));

        var proposals = (await App.SendAsync(new GetReview(2023))).Proposals;
        Assert.Equal("firm-inactive", Assert.Single(proposals, p => p.Firm.Id == gone).Outcome);
        // The hand move made the proposal moot: it was withdrawn, so sign-off had nothing to skip for it.
        Assert.DoesNotContain(proposals, p => p.Firm.Id == there);
        Assert.Equal(1, signed.Skipped);
    }

    [Fact]
    public async Task Reopening_the_latest_review_takes_its_moves_back_in_one_audited_step_and_it_can_be_signed_off_again()
    {
        var firm = await App.FirmAsync("重新打开企业", tierOutput: 3_000m);
        await App.SendAsync(RecordFigures.Of(firm, 2024, 60_000m));
        await SignOffAsync(2024);

        var reopened = await App.SendAsync(new ReopenReview(2024, "签批过早，数据待核"));

        Assert.Equal(1, reopened.Reverted);
        Assert.Equal("open", (await App.SendAsync(new GetReview(2024))).Status);
        Assert.Equal(Tier.AboveScale, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.CurrentTier).SingleAsync()));
        var reverted = await App.QueryAsync(db => db.TierMoves.Where(m => m.EnterpriseId == firm).OrderByDescending(m => m.Id).FirstAsync());
        Assert.Equal((Tier.Over500Million, Tier.AboveScale, TierMoveKind.ReviewReverted), (reverted.From!.Value, reverted.To, reverted.Kind));
        Assert.Contains("签批过早", await App.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == firm && a.Command == nameof(ReopenReview)).Select(a => a.Reason).SingleAsync()), StringComparison.Ordinal);

        await App.SendAsync(new SignOffReview(2024));
        Assert.Equal(Tier.Over500Million, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.CurrentTier).SingleAsync()));
        Assert.Equal(1, (await App.SendAsync(new ReopenReview(2024, "再次核对"))).Reverted);
    }

    [Fact]
    public async Task Only_the_latest_signed_off_review_can_be_reopened_and_not_over_a_later_move()
    {
        var firm = await App.FirmAsync("多年签批企业", tierOutput: 3_000m);
        await App.SendAsync(RecordFigures.Of(firm, 2023, 12_000m));
        await SignOffAsync(2023);
        await App.SendAsync(RecordFigures.Of(firm, 2024, 60_000m));
        await SignOffAsync(2024);

        var older = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new ReopenReview(2023, "想改")));
        await App.SendAsync(new MoveTier(firm, "超10亿元", 2024, "特批", Override: true));
        var movedSince = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new ReopenReview(2024, "想改")));

        Assert.Contains("只能重新打开最近签批的评审（2024 年度）", older.Message, StringComparison.Ordinal);
        Assert.Contains("此后又调整了档次", movedSince.Message, StringComparison.Ordinal);
        Assert.Equal(Tier.Over1Billion, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.CurrentTier).SingleAsync()));
    }

    [Fact]
    public async Task A_viewer_or_township_officer_cannot_reopen_a_review()
    {
        App.User.Become(Domain.Users.AccountRole.Reviewer);

        await Assert.ThrowsAsync<ForbiddenException>(() => App.SendAsync(new ReopenReview(2024, "想改")));
    }

    [Fact]
    public async Task A_signed_off_review_shows_what_it_showed_at_sign_off_after_later_registrations()
    {
        var firm = await App.FirmAsync("冻结评审企业", tierOutput: 3_000m);
        await App.SendAsync(RecordFigures.Of(firm, 2023, 12_000m));
        await SignOffAsync(2023);
        var atSignOff = await App.SendAsync(new GetReview(2023));

        await App.FirmAsync("次年登记企业");
        await App.SendAsync(new SetCultivationTarget(firm, "超50亿元", "新目标"));

        var later = await App.SendAsync(new GetReview(2023));
        Assert.Equal(atSignOff.WithoutFigures, later.WithoutFigures);
        Assert.Equal(atSignOff.Targets, later.Targets);
        Assert.Equal(atSignOff.Proposals, later.Proposals);
    }

    private async Task SignOffAsync(int year)
    {
        await App.SendAsync(new StartAnnualReview(year));
        await App.SendAsync(new ApproveAllProposals(year, "评审会通过"));
        await App.SendAsync(new SignOffReview(year));
    }
}
