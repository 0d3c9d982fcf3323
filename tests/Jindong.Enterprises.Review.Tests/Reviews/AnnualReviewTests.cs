using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Reviews;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Review.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Review.Tests.Reviews;

public sealed class AnnualReviewTests : ReviewTest
{
    private const int Year = 2023;

    [Fact]
    public async Task Exactly_10000_wan_is_proposed_as_over_100_million_and_just_below_is_not()
    {
        var atThreshold = await App.FirmAsync("门槛测试企业甲", tierOutput: 5_000m);
        var justBelow = await App.FirmAsync("门槛测试企业乙", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(atThreshold, Year, 10_000m));
        await App.SendAsync(RecordFigures.Of(justBelow, Year, 9_999.9999m));

        await App.SendAsync(new StartAnnualReview(Year));
        var review = await App.SendAsync(new GetReview(Year));

        var proposal = Assert.Single(review.Proposals);
        Assert.Equal(atThreshold, proposal.Firm.Id);
        Assert.Equal("规上", proposal.From);
        Assert.Equal("超亿元", proposal.To);
        Assert.Equal("promotion", proposal.Kind);
        Assert.Equal("pending", proposal.Decision);
    }

    [Fact]
    public async Task A_firm_that_jumps_two_tiers_is_proposed_the_higher_tier_at_once()
    {
        var firm = await App.FirmAsync("跨档测试企业", tierOutput: 5_000m, target: "超亿元");
        await App.SendAsync(RecordFigures.Of(firm, Year, 60_000m));

        await App.SendAsync(new StartAnnualReview(Year));

        var proposal = Assert.Single((await App.SendAsync(new GetReview(Year))).Proposals);
        Assert.Equal(("规上", "超5亿元", "promotion", "reached"), (proposal.From, proposal.To, proposal.Kind, proposal.TargetStatus));
    }

    [Fact]
    public async Task A_firm_whose_output_fell_is_proposed_a_demotion_and_marked_behind_its_target()
    {
        var firm = await App.FirmAsync("降档测试企业", tierOutput: 20_000m, target: "超亿元");
        await App.SendAsync(RecordFigures.Of(firm, Year, 1_500m));

        await App.SendAsync(new StartAnnualReview(Year));

        var proposal = Assert.Single((await App.SendAsync(new GetReview(Year))).Proposals);
        Assert.Equal(("超亿元", "规下", "demotion", "behind"), (proposal.From, proposal.To, proposal.Kind, proposal.TargetStatus));
    }

    [Fact]
    public async Task Firms_without_figures_for_the_year_are_listed_and_never_proposed()
    {
        var silent = await App.FirmAsync("无数据测试企业", tierOutput: 5_000m);
        var unchanged = await App.FirmAsync("未变测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(unchanged, Year, 6_000m));

        var started = await App.SendAsync(new StartAnnualReview(Year));
        var review = await App.SendAsync(new GetReview(Year));

        Assert.Empty(review.Proposals);
        Assert.Contains(review.WithoutFigures, f => f.Id == silent && f.Name == "无数据测试企业");
        Assert.DoesNotContain(review.WithoutFigures, f => f.Id == unchanged);
        // The 100 seeded Appendix-4 firms have no 2023 figures either.
        Assert.Equal(101, started.WithoutFigures);
        Assert.Equal(101, review.WithoutFigures.Count);
        Assert.Equal(100, review.Targets.NoFigures);
    }

    [Fact]
    public async Task Approved_moves_are_applied_at_sign_off_as_review_moves_linked_to_the_review()
    {
        var up = await App.FirmAsync("晋档测试企业", tierOutput: 5_000m);
        var down = await App.FirmAsync("降档被拒企业", tierOutput: 20_000m);
        await App.SendAsync(RecordFigures.Of(up, Year, 12_000m));
        await App.SendAsync(RecordFigures.Of(down, Year, 8_000m));
        await App.SendAsync(new StartAnnualReview(Year));

        await App.SendAsync(new DecideProposal(Year, up, true, "产值核实无误"));
        var rejected = await App.SendAsync(new DecideProposal(Year, down, false, "疫情影响，暂缓降档"));
        var signed = await App.SendAsync(new SignOffReview(Year));

        Assert.Equal("rejected", rejected.Decision);
        Assert.Equal(new ReviewSignedOff(Year, 1, 1, 0), signed);
        var (reviewId, moves, tiers) = await App.QueryAsync(async db => (
            await db.AnnualReviews.Where(r => r.Year == Year).Select(r => r.Id).SingleAsync(),
            await db.TierMoves.Where(m => m.Year == Year).ToListAsync(),
            await db.Enterprises.Where(e => e.Id == up || e.Id == down).ToDictionaryAsync(e => e.Id, e => e.CurrentTier)));
        var move = Assert.Single(moves);
        Assert.Equal((up, Tier.AboveScale, Tier.Over100Million, TierMoveKind.ReviewPromotion, (int?)reviewId), (move.EnterpriseId, move.From!.Value, move.To, move.Kind, move.ReviewId));
        Assert.Contains("产值核实无误", move.Reason, StringComparison.Ordinal);
        Assert.Equal(Tier.Over100Million, tiers[up]);
        Assert.Equal(Tier.Over100Million, tiers[down]);
        Assert.Equal("signed-off", (await App.SendAsync(new GetReview(Year))).Status);
        var audit = await App.QueryAsync(db => db.AuditEntries.Where(a => a.Command == nameof(SignOffReview) && a.EnterpriseId == up).SingleAsync());
        // The firm before and after, as a manual tier move audits it.
        Assert.Equal(("规上", "超亿元", "评审测试员"), (Json(audit.Before!).GetProperty("tier").GetString(), Json(audit.After!).GetProperty("tier").GetString(), audit.Actor));
        Assert.Equal(move.Reason, audit.Reason);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, audit.At);
    }

    [Fact]
    public async Task Approve_all_decides_only_the_pending_proposals_and_a_demotion_applies_as_review_demotion()
    {
        var up = await App.FirmAsync("全部批准企业甲", tierOutput: 5_000m);
        var down = await App.FirmAsync("全部批准企业乙", tierOutput: 20_000m);
        await App.SendAsync(RecordFigures.Of(up, Year, 12_000m));
        await App.SendAsync(RecordFigures.Of(down, Year, 8_000m));
        await App.SendAsync(new StartAnnualReview(Year));
        await App.SendAsync(new DecideProposal(Year, up, false, "待核实"));

        var approved = await App.SendAsync(new ApproveAllProposals(Year, "评审会一致通过"));
        await App.SendAsync(new SignOffReview(Year));

        Assert.Equal(1, approved);
        var move = Assert.Single(await App.QueryAsync(db => db.TierMoves.Where(m => m.Year == Year).ToListAsync()));
        Assert.Equal((down, TierMoveKind.ReviewDemotion, Tier.AboveScale), (move.EnterpriseId, move.Kind, move.To));
    }

    [Fact]
    public async Task Undecided_proposals_block_sign_off_and_nothing_is_applied()
    {
        var firm = await App.FirmAsync("未决定测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(firm, Year, 12_000m));
        await App.SendAsync(new StartAnnualReview(Year));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new SignOffReview(Year)));

        Assert.Equal("2023 年度梯队评审还有 1 条建议未决定，不能签发。", refused.Message);
        Assert.Equal(ReviewStatus.Open, await App.QueryAsync(db => db.AnnualReviews.Select(r => r.Status).SingleAsync()));
        Assert.False(await App.QueryAsync(db => db.TierMoves.AnyAsync(m => m.Year == Year)));
    }

    [Fact]
    public async Task A_signed_off_review_refuses_decisions_approve_all_and_a_second_sign_off()
    {
        var firm = await App.FirmAsync("签发后测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(firm, Year, 12_000m));
        await App.SendAsync(new StartAnnualReview(Year));
        await App.SendAsync(new ApproveAllProposals(Year, "通过"));
        await App.SendAsync(new SignOffReview(Year));
        var audits = await App.QueryAsync(db => db.AuditEntries.CountAsync());

        var decide = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new DecideProposal(Year, firm, false, "改为拒绝")));
        var all = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new ApproveAllProposals(Year, "再次通过")));
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new SignOffReview(Year)));

        Assert.Equal("2023 年度梯队评审已签发，评审及其调档结果不能再修改。", decide.Message);
        Assert.Equal(decide.Message, all.Message);
        Assert.Equal(audits, await App.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(ProposalDecision.Approved, await App.QueryAsync(db => db.ReviewProposals.Select(p => p.Decision).SingleAsync()));
    }

    [Fact]
    public async Task A_second_review_for_the_same_year_is_refused_in_Chinese()
    {
        await App.SendAsync(new StartAnnualReview(Year));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new StartAnnualReview(Year)));

        Assert.Equal("2023 年度梯队评审已由“评审测试员”启动，同一年度不能再次启动评审。", refused.Message);
        Assert.Equal(1, await App.QueryAsync(db => db.AnnualReviews.CountAsync()));
    }

    [Fact]
    public async Task Correcting_figures_during_an_open_review_recomputes_the_proposal_flags_it_and_resets_the_decision()
    {
        var firm = await App.FirmAsync("更正测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(firm, Year, 12_000m));
        await App.SendAsync(new StartAnnualReview(Year));
        await App.SendAsync(new DecideProposal(Year, firm, true, "通过"));

        await App.SendAsync(RecordFigures.Of(firm, Year, 55_000m));

        var proposal = Assert.Single((await App.SendAsync(new GetReview(Year))).Proposals);
        Assert.Equal(("超5亿元", "pending", true, (string?)null), (proposal.To, proposal.Decision, proposal.Changed, proposal.Reason));
        Assert.Equal(55_000m, proposal.Output);
    }

    [Fact]
    public async Task A_correction_back_to_the_recorded_tier_withdraws_the_proposal_and_late_figures_add_one()
    {
        var corrected = await App.FirmAsync("撤回测试企业", tierOutput: 5_000m);
        var late = await App.FirmAsync("补录测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(corrected, Year, 12_000m));
        await App.SendAsync(new StartAnnualReview(Year));

        await App.SendAsync(RecordFigures.Of(corrected, Year, 6_000m));
        await App.SendAsync(RecordFigures.Of(late, Year, 1_000m));

        var review = await App.SendAsync(new GetReview(Year));
        var proposal = Assert.Single(review.Proposals);
        Assert.Equal((late, "规下", true), (proposal.Firm.Id, proposal.To, proposal.Changed));
        Assert.DoesNotContain(review.WithoutFigures, f => f.Id == late);
    }

    [Fact]
    public async Task A_correction_after_sign_off_is_kept_but_leaves_the_review_alone_and_is_listed()
    {
        var firm = await App.FirmAsync("签发后更正企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(firm, Year, 12_000m));
        await App.SendAsync(new StartAnnualReview(Year));
        await App.SendAsync(new ApproveAllProposals(Year, "通过"));
        await App.SendAsync(new SignOffReview(Year));
        App.Clock.Advance(TimeSpan.FromDays(1));

        var outcome = await App.SendAsync(RecordFigures.Of(firm, Year, 3_000m));

        Assert.Equal(RecordKind.Corrected, outcome.Kind);
        var review = await App.SendAsync(new GetReview(Year));
        var proposal = Assert.Single(review.Proposals);
        Assert.Equal(("超亿元", "approved", false), (proposal.To, proposal.Decision, proposal.Changed));
        Assert.Equal([firm], review.CorrectedAfterSignOff.Select(f => f.Id));
        Assert.Equal(Tier.Over100Million, await App.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.CurrentTier).SingleAsync()));
    }

    [Fact]
    public async Task Starting_a_review_writes_one_audit_entry_with_its_counts()
    {
        var firm = await App.FirmAsync("审计测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(firm, Year, 12_000m));
        var before = await App.QueryAsync(db => db.AuditEntries.CountAsync());

        await App.SendAsync(new StartAnnualReview(Year));

        var entry = await App.QueryAsync(db => db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(before + 1, await App.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(nameof(StartAnnualReview), entry.Command);
        Assert.Contains("\"proposals\":1", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_review_input_is_refused_by_validation_and_writes_nothing()
    {
        var year = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new StartAnnualReview(1999)));
        var reason = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new ApproveAllProposals(Year, " ")));
        var decide = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new DecideProposal(Year, 1, true, "")));
        await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new SignOffReview(3000)));

        Assert.Contains(nameof(StartAnnualReview.Year), year.Errors.Keys);
        Assert.Contains(nameof(ApproveAllProposals.Reason), reason.Errors.Keys);
        Assert.Contains(nameof(DecideProposal.Reason), decide.Errors.Keys);
        Assert.Equal(0, await App.QueryAsync(db => db.AnnualReviews.CountAsync()));
    }

    [Fact]
    public async Task Viewers_and_township_officers_may_read_a_review_but_not_run_one()
    {
        await App.SendAsync(new StartAnnualReview(Year));
        App.User.Become(AccountRole.Viewer);

        await Assert.ThrowsAsync<ForbiddenException>(() => App.SendAsync(new SignOffReview(Year)));
        App.User.Become(AccountRole.Township, 1);
        await Assert.ThrowsAsync<ForbiddenException>(() => App.SendAsync(new StartAnnualReview(Year + 1)));
        Assert.Equal(Year, (await App.SendAsync(new GetReview(Year))).Year);
    }

    [Fact]
    public async Task A_firm_with_figures_but_an_unknown_tier_is_proposed_a_promotion_from_unknown_and_moved_firms_are_left_out()
    {
        var unknown = await App.FirmAsync("档次未定测试企业", tierOutput: 5_000m);
        var movedOut = await App.FirmAsync("已迁出测试企业", tierOutput: 5_000m);
        await App.SendAsync(RecordFigures.Of(unknown, Year, 3_000m));
        await App.SendAsync(RecordFigures.Of(movedOut, Year, 30_000m));
        await App.SendAsync(new Application.Enterprises.MoveOutEnterprise(movedOut, "迁往外省"));
        // An imported firm can carry figures before any tier is recorded; the registry's own commands never leave that state.
        await App.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Enterprises\" SET \"CurrentTier\" = NULL WHERE \"Id\" = {unknown}"));

        await App.SendAsync(new StartAnnualReview(Year));
        await App.SendAsync(new ApproveAllProposals(Year, "首次定档"));
        await App.SendAsync(new SignOffReview(Year));

        var proposal = Assert.Single((await App.SendAsync(new GetReview(Year))).Proposals);
        Assert.Equal((unknown, (string?)null, "规上", "promotion"), (proposal.Firm.Id, proposal.From, proposal.To, proposal.Kind));
        var move = await App.QueryAsync(db => db.TierMoves.SingleAsync(m => m.Year == Year));
        Assert.Equal(((Tier?)null, Tier.AboveScale, TierMoveKind.ReviewPromotion), (move.From, move.To, move.Kind));
    }

    [Fact]
    public async Task Showing_a_year_without_a_review_says_so()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetReview(2024)));

        Assert.Equal("2024 年度梯队评审尚未启动。", missing.Message);
    }

    private static System.Text.Json.JsonElement Json(string text) => System.Text.Json.JsonDocument.Parse(text).RootElement;
}
