using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Domain.Plans;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Tests.Application.Plans;

public sealed class PlanCommandTests : RegistryTest
{
    [Fact]
    public async Task Adding_the_fifteenth_plan_makes_it_the_plan_that_covers_its_years_and_audits_it()
    {
        var plan = await App.SendAsync(new AddPlan("十五五", "金东区工业经济“十五五”规划", 2025, 2026, 2030, "区经商局"));

        Assert.Equal(("十五五", "five-year", 2025, 2026, 2030, false), (plan.Code, plan.Kind, plan.BaseYear, plan.FirstYear, plan.LastYear, plan.Closed));
        Assert.Equal("十五五", (await App.SendAsync(new GetCoveringPlan(2027)))?.Code);
        Assert.Equal("十四五", (await App.SendAsync(new GetCoveringPlan(2025)))?.Code);
        Assert.Null(await App.SendAsync(new GetCoveringPlan(2031)));
        var entry = await App.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).LastAsync());
        Assert.Equal(nameof(AddPlan), entry.Command);
        Assert.Contains("\"code\":\"十五五\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_five_year_plan_overlapping_another_is_refused_and_writes_nothing()
    {
        var message = await App.InvalidAsync(new AddPlan("十五五", "十五五", 2024, 2025, 2030), nameof(AddPlan.FirstYear));

        Assert.Equal("与五年规划“十四五”（2021–2025 年）的期限重叠：同一年只能有一个五年规划。", message);
    }

    [Fact]
    public async Task A_plan_without_a_code_or_with_its_years_out_of_order_is_refused_and_writes_nothing()
    {
        Assert.Equal("请填写规划代号。", await App.InvalidAsync(new AddPlan(" ", "十五五", 2025, 2026, 2030), nameof(AddPlan.Code)));
        Assert.Equal("末年（2026）不能早于首年（2030）。", await App.InvalidAsync(new AddPlan("十五五", "十五五", 2025, 2030, 2026), nameof(AddPlan.LastYear)));
    }

    [Fact]
    public async Task Setting_a_tier_target_adds_it_with_the_tables_wording_and_audits_the_reason()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));

        var target = await App.SendAsync(new SetPlanTarget("十五五", "150") { Tier = "超亿元", Base = "120", Reason = "区委常委会审定" });

        Assert.Equal(("年产值超亿元工业企业数量", "tier", "超亿元", "家", 120m, 150m, "at-least"), (target.Name, target.Kind, target.Subject, target.Unit, target.Base!.Value, target.Target!.Value, target.Comparison));
        var entry = await App.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).LastAsync());
        Assert.Equal((nameof(SetPlanTarget), "区委常委会审定"), (entry.Command, entry.Reason));
    }

    [Fact]
    public async Task Setting_the_same_target_again_changes_it_in_place_and_keeps_what_was_not_given()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));
        await App.SendAsync(new SetPlanTarget("十五五", "150") { Tier = "超亿元", Base = "120" });

        var changed = await App.SendAsync(new SetPlanTarget("十五五", "160") { Tier = "超亿元", Reason = "上调" });

        Assert.Equal((120m, 160m, 2), (changed.Base!.Value, changed.Target!.Value, changed.Version));
        Assert.Equal(1, await App.QueryAsync(db => db.PlanTargets.CountAsync(t => t.Subject == "超亿元" && db.Plans.Any(p => p.Id == t.PlanId && p.Code == "十五五"))));
    }

    [Fact]
    public async Task A_phrase_target_keeps_its_text_and_a_range_its_comparison()
    {
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));

        var phrase = await App.SendAsync(new SetPlanTarget("十五五", "完成省下达任务") { Indicator = "单位工业增加值能耗", Unit = "吨标准煤/万元", Nature = "约束性" });
        var range = await App.SendAsync(new SetPlanTarget("十五五", "25以上") { Indicator = "规上工业增加值率" });

        Assert.Equal(("phrase", (decimal?)null, "完成省下达任务", "约束性"), (phrase.Comparison, phrase.Target, phrase.TargetText, phrase.Nature));
        Assert.Equal(("at-least", 25m, "25以上", "%", "value-added-rate"), (range.Comparison, range.Target!.Value, range.TargetText, range.Unit, range.Subject));
    }

    [Fact]
    public async Task A_target_naming_no_subject_or_two_is_refused_and_writes_nothing()
    {
        var expected = "请指定且只指定一项目标对象：档次（--tier）、指标（--indicator）或计数对象（--count）。";

        Assert.Equal(expected, await App.InvalidAsync(new SetPlanTarget("十四五", "150"), "Tier"));
        Assert.Equal(expected, await App.InvalidAsync(new SetPlanTarget("十四五", "150") { Tier = "超亿元", Count = "国家高新技术企业" }, "Tier"));
    }

    [Fact]
    public async Task A_tier_target_that_is_not_a_whole_count_is_refused_and_writes_nothing()
    {
        Assert.Equal("目标值“12.5”须为不小于 0 的整数（企业家数）。", await App.InvalidAsync(new SetPlanTarget("十四五", "12.5") { Tier = "超亿元" }, "Target"));
    }

    [Fact]
    public async Task A_milestone_outside_the_plans_years_is_refused_and_writes_nothing()
    {
        var message = await App.InvalidAsync(new SetPlanTarget("十四五", "90") { Tier = "超亿元", Year = 2026 }, nameof(SetPlanTarget.Year));

        Assert.Equal("年度 2026 不在规划“十四五”的期限（2021–2025 年）内。", message);
    }

    [Fact]
    public async Task A_target_of_an_unknown_plan_is_refused_naming_the_plans_there_are()
    {
        var message = await App.InvalidAsync(new SetPlanTarget("十六五", "150") { Tier = "超亿元" }, nameof(SetPlanTarget.Plan));

        Assert.Equal("没有代号为“十六五”的规划。现有规划：十四五、二次开发2.0。", message);
    }

    [Fact]
    public async Task A_closed_plans_targets_cannot_change_but_its_official_figures_can_be_entered()
    {
        await App.SendAsync(new ClosePlan("十四五", "规划期结束"));

        Assert.IsType<RuleViolationException>(await App.RefusedAsync(new SetPlanTarget("十四五", "120") { Tier = "超亿元" }));
        var digital = await App.QueryAsync(db => db.PlanTargets.SingleAsync(t => t.Name == "数字经济增加值占GDP比重"));
        var official = await App.SendAsync(new RecordOfficialFigure("十四五", digital.Id, "46.2", "2025年金东区国民经济和社会发展统计公报"));
        Assert.Equal((46.2m, "2025年金东区国民经济和社会发展统计公报"), (official.OfficialValue!.Value, official.OfficialSource));
        var entry = await App.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).LastAsync());
        Assert.Equal((nameof(RecordOfficialFigure), "2025年金东区国民经济和社会发展统计公报"), (entry.Command, entry.Reason));
    }

    [Fact]
    public async Task An_official_figure_that_is_not_a_number_for_a_numeric_target_is_refused_and_writes_nothing()
    {
        var digital = await App.QueryAsync(db => db.PlanTargets.SingleAsync(t => t.Name == "数字经济增加值占GDP比重"));

        var message = await App.InvalidAsync(new RecordOfficialFigure("十四五", digital.Id, "约一半", "统计公报"), nameof(RecordOfficialFigure.Value));

        Assert.Equal("官方数值“约一半”须为数字（单位：%）。", message);
    }

    [Fact]
    public async Task Only_an_administrator_may_change_a_plan()
    {
        App.User.Become(AccountRole.Reviewer);

        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030)));
        Assert.IsType<ForbiddenException>(await App.RefusedAsync(new SetPlanTarget("十四五", "120") { Tier = "超亿元" }));
    }

    [Fact]
    public async Task A_township_officer_sees_the_districts_targets_and_only_their_own_townships_share()
    {
        var xiaoshun = await App.TownshipIdAsync("孝顺镇");
        await App.SendAsync(new SetPlanTarget("十四五", "20") { Tier = "超亿元", Township = "孝顺镇" });
        await App.SendAsync(new SetPlanTarget("十四五", "15") { Tier = "超亿元", Township = "傅村镇" });
        App.User.Become(AccountRole.Township, xiaoshun);

        var plan = await App.SendAsync(new GetPlan("十四五"));

        Assert.Equal(["孝顺镇"], plan.Targets.Where(t => t.Township is not null).Select(t => t.Township));
        Assert.Equal(49, plan.Targets.Count(t => t.Township is null));
    }
}
