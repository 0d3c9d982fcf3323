using Jindong.Enterprises.Domain;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;

namespace Jindong.Enterprises.Tests.Domain;

public sealed class EnterpriseTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void A_registered_firm_is_active_at_version_1_with_its_tier_unknown()
    {
        var firm = Register();

        Assert.Equal(EnterpriseStatus.Active, firm.Status);
        Assert.Equal(1, firm.Version);
        Assert.Null(firm.CurrentTier);
        Assert.Equal(Tier.Over100Million, firm.Target);
        Assert.Equal(Now, firm.CreatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_firm_needs_a_name(string name)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register(name: name));

        Assert.Equal(DomainRules.NameInvalid, refused.Rule);
    }

    [Fact]
    public void A_name_longer_than_the_column_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register(name: new string('企', EnterpriseName.MaxLength + 1)));

        Assert.Equal(DomainRules.NameInvalid, refused.Rule);
    }

    [Fact]
    public void An_invalid_credit_code_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register(creditCode: "91350100M000100Y44"));

        Assert.Equal(DomainRules.CreditCodeInvalid, refused.Rule);
    }

    [Fact]
    public void A_real_code_that_breaks_a_rule_is_recorded_with_the_reason_for_its_override()
    {
        var firm = Register(creditCode: "91350100m000100y44", creditCodeOverride: "营业执照原件所载代码，经市场监管局核实");

        Assert.Equal(("91350100M000100Y44", "营业执照原件所载代码，经市场监管局核实"), (firm.CreditCode, firm.CreditCodeOverride));
    }

    [Fact]
    public void An_override_of_a_code_that_keeps_every_rule_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register(creditCode: "91350100M000100Y43", creditCodeOverride: "不需要"));

        Assert.Equal(DomainRules.CreditCodeOverrideNeedless, refused.Rule);
    }

    [Fact]
    public void An_override_does_not_make_a_code_of_seventeen_characters_acceptable()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register(creditCode: "91350100M000100Y4", creditCodeOverride: "漏了一位"));

        Assert.Equal(DomainRules.CreditCodeInvalid, refused.Rule);
    }

    [Fact]
    public void A_new_valid_code_clears_the_earlier_override()
    {
        var firm = Register(creditCode: "91350100M000100Y44", creditCodeOverride: "早期代码");

        firm.Update(firm.Name, firm.TownshipId, "91370200797522673R", null, firm.SegmentId, Now, Today);

        Assert.Equal(("91370200797522673R", (string?)null), (firm.CreditCode, firm.CreditCodeOverride));
    }

    [Fact]
    public void A_lower_case_credit_code_is_stored_in_upper_case()
    {
        Assert.Equal("91350100M000100Y43", Register(creditCode: "91350100m000100y43").CreditCode);
    }

    [Fact]
    public void A_firm_without_a_segment_is_unclassified_whatever_source_is_claimed()
    {
        Assert.Equal(SegmentSource.Unclassified, Register(segmentSource: SegmentSource.PlanAppendix3).SegmentSource);
    }

    [Fact]
    public void The_first_tier_move_is_initial_and_has_no_from_tier()
    {
        var firm = Register();

        var move = firm.MoveTier(Request(Tier.AboveScale, implied: Tier.AboveScale), Now);

        Assert.Equal(TierMoveKind.Initial, move.Kind);
        Assert.Null(move.From);
        Assert.Equal(Tier.AboveScale, move.To);
        Assert.Equal(Tier.AboveScale, firm.CurrentTier);
        Assert.Equal(2, firm.Version);
    }

    [Fact]
    public void A_later_move_the_output_supports_is_manual_and_remembers_the_tier_it_left()
    {
        var firm = Register();
        firm.MoveTier(Request(Tier.AboveScale, implied: Tier.AboveScale), Now);

        var move = firm.MoveTier(Request(Tier.Over100Million, implied: Tier.Over100Million), Now);

        Assert.Equal(TierMoveKind.Manual, move.Kind);
        Assert.Equal(Tier.AboveScale, move.From);
        Assert.False(move.IsOverride);
    }

    [Fact]
    public void A_move_the_output_does_not_support_is_refused_and_leaves_the_tier()
    {
        var firm = Register();
        firm.MoveTier(Request(Tier.AboveScale, implied: Tier.AboveScale), Now);

        var refused = Assert.Throws<DomainRuleException>(() => firm.MoveTier(Request(Tier.Over500Million, implied: Tier.AboveScale), Now));

        Assert.Equal(DomainRules.MoveNotSupportedByOutput, refused.Rule);
        Assert.Equal(Tier.AboveScale, firm.CurrentTier);
        Assert.Equal(2, firm.Version);
    }

    [Fact]
    public void A_move_without_figures_for_the_year_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register().MoveTier(Request(Tier.AboveScale, implied: null), Now));

        Assert.Equal(DomainRules.NoFiguresForYear, refused.Rule);
    }

    [Fact]
    public void An_override_moves_against_the_output_and_is_marked()
    {
        var firm = Register();

        var move = firm.MoveTier(Request(Tier.Over1Billion, implied: null, isOverride: true), Now);

        Assert.True(move.IsOverride);
        Assert.Equal(Tier.Over1Billion, firm.CurrentTier);
    }

    [Fact]
    public void Moving_to_the_current_tier_is_refused()
    {
        var firm = Register();
        firm.MoveTier(Request(Tier.AboveScale, implied: Tier.AboveScale), Now);

        var refused = Assert.Throws<DomainRuleException>(() => firm.MoveTier(Request(Tier.AboveScale, implied: Tier.AboveScale, isOverride: true), Now));

        Assert.Equal(DomainRules.TierUnchanged, refused.Rule);
    }

    [Theory]
    [InlineData(false, EnterpriseStatus.MovedOut)]
    [InlineData(true, EnterpriseStatus.Closed)]
    public void Moving_out_keeps_the_reason_and_the_kind_of_departure(bool closed, EnterpriseStatus status)
    {
        var firm = Register();

        firm.MoveOut("迁往义乌", closed, Now, Today);

        Assert.Equal(status, firm.Status);
        Assert.Equal("迁往义乌", firm.StatusReason);
        Assert.Equal(2, firm.Version);
    }

    [Fact]
    public void A_firm_that_moved_out_cannot_move_out_again_change_target_or_move_tier()
    {
        var firm = Register();
        firm.MoveOut("迁往义乌", closed: false, Now, Today);

        Assert.Equal(DomainRules.EnterpriseNotActive, Assert.Throws<DomainRuleException>(() => firm.MoveOut("再次迁出", closed: true, Now, Today)).Rule);
        Assert.Equal(DomainRules.EnterpriseNotActive, Assert.Throws<DomainRuleException>(() => firm.SetTarget(Tier.Over1Billion, Now, Today)).Rule);
        Assert.Equal(
            DomainRules.EnterpriseNotActive,
            Assert.Throws<DomainRuleException>(() => firm.MoveTier(Request(Tier.AboveScale, implied: Tier.AboveScale), Now)).Rule);
        Assert.Equal(EnterpriseStatus.MovedOut, firm.Status);
    }

    [Fact]
    public void Setting_the_target_it_already_has_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Register().SetTarget(Tier.Over100Million, Now, Today));

        Assert.Equal(DomainRules.TargetUnchanged, refused.Rule);
    }

    [Fact]
    public void Setting_a_new_target_changes_it_and_the_version()
    {
        var firm = Register();

        firm.SetTarget(Tier.Over5Billion, Now.AddDays(1), Today);

        Assert.Equal(Tier.Over5Billion, firm.Target);
        Assert.Equal(2, firm.Version);
        Assert.Equal(Now.AddDays(1), firm.UpdatedAt);
    }

    [Fact]
    public void A_below_scale_target_is_refused_by_the_firm_itself()
    {
        var firm = Register();

        Assert.Equal(DomainRules.TargetBelowScale, Assert.Throws<DomainRuleException>(() => firm.SetTarget(Tier.BelowScale, Now, Today)).Rule);
        Assert.Equal(DomainRules.TargetBelowScale, Assert.Throws<DomainRuleException>(() =>
            Enterprise.Register("金华低目标有限公司", 3, null, null, SegmentSource.Manual, null, Tier.BelowScale, Now, Today)).Rule);
        Assert.Equal(Tier.Over100Million, firm.Target);
    }

    [Fact]
    public void An_update_that_changes_nothing_keeps_the_version_and_the_segment_source()
    {
        var firm = Enterprise.Register("金华测试实业有限公司", 3, null, 7, SegmentSource.PlanAppendix1, "附件1", Tier.Over100Million, Now, Today);

        var changed = firm.Update("金华测试实业有限公司", 3, null, null, 7, Now.AddDays(1), Today);

        Assert.False(changed);
        Assert.Equal((1, SegmentSource.PlanAppendix1, "附件1", Now), (firm.Version, firm.SegmentSource, firm.SegmentNote, firm.UpdatedAt));
    }

    [Fact]
    public void An_update_of_name_and_segment_is_one_new_version()
    {
        var firm = Enterprise.Register("金华测试实业有限公司", 3, null, 7, SegmentSource.PlanAppendix1, "附件1", Tier.Over100Million, Now, Today);

        Assert.True(firm.Update("金华测试新名有限公司", 3, null, null, 8, Now.AddDays(1), Today));

        Assert.Equal((2, SegmentSource.Manual, 8), (firm.Version, firm.SegmentSource, firm.SegmentId));
    }

    private static Enterprise Register(string name = "金华测试实业有限公司", string? creditCode = null, SegmentSource segmentSource = SegmentSource.Manual, string? creditCodeOverride = null) =>
        Enterprise.Register(name, 3, creditCode, null, segmentSource, null, Tier.Over100Million, Now, Today, creditCodeOverride: creditCodeOverride);

    private static TierMoveRequest Request(Tier to, Tier? implied, bool isOverride = false) =>
        new(to, 2025, "测试", implied, isOverride, "测试员");
}
