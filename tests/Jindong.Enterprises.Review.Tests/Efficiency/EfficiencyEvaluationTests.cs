using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Review.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Jindong.Enterprises.Review.Tests.Efficiency.EfficiencyFixture;

namespace Jindong.Enterprises.Review.Tests.Efficiency;

/// <summary>The 亩均 evaluation through the real pipeline on the seeded registry: methods, the run, the workflow and the views.</summary>
public sealed class EfficiencyEvaluationTests : ReviewTest
{
    [Fact]
    public async Task The_worked_example_in_the_docs_scores_ranks_and_classes_the_firms_as_written()
    {
        var firms = await WorkedExampleAsync(App);

        var run = await App.SendAsync(new RunEfficiencyEvaluation(Year));
        var view = await App.SendAsync(new GetEfficiencyEvaluation(Year));

        Assert.Equal((6, 5, 3), (run.Evaluated, run.Classed, run.LowEfficiency));
        var rows = view.Rows.ToDictionary(r => r.Id);
        Assert.Equal((124.9588m, 1, "A", false), Row(rows[firms["F1"]]));
        Assert.Equal((79.2071m, 2, "B", false), Row(rows[firms["F4"]]));
        Assert.Equal((60.4731m, 3, "B", false), Row(rows[firms["F2"]]));
        Assert.Equal((35.9783m, 4, "B", true), Row(rows[firms["F3"]]));
        Assert.Equal((16.6712m, 5, "D", true), Row(rows[firms["F5"]]));
        Assert.Equal(("below-scale", "no-indicator-set", (decimal?)null, true), (rows[firms["F6"]].Population, rows[firms["F6"]].Unclassed, rows[firms["F6"]].Score, rows[firms["F6"]].LowEfficiency));
        Assert.Equal((30m, 225m, "annual"), (rows[firms["F1"]].TaxPerMu!.Value, rows[firms["F1"]].ValueAddedPerMu!.Value, rows[firms["F1"]].LandSource));
        Assert.Contains("黄岩", view.MethodSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_firms_explanation_gives_every_line_its_value_benchmark_weight_score_and_rule()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RunEfficiencyEvaluation(Year));

        var why = await App.SendAsync(new GetEfficiencyExplanation(Year, firms["F3"]));

        Assert.Equal(
            [2.4899m, 7.0505m, 11.1359m, 5.3755m, 6.6152m, 3.3113m],
            why.Lines.Select(l => l.Score));
        var emissions = why.Lines[3];
        Assert.Equal(("missing-average", (decimal?)null, 4929.81m, 10m), (emissions.Rule, emissions.Value, emissions.Benchmark, emissions.Weight));
        var tax = why.Lines[0];
        Assert.Equal((50m, 25m, 2m, 24.097m, 30m, "scored"), (tax.NumeratorValue!.Value, tax.DenominatorValue!.Value, tax.Value!.Value, tax.Benchmark, tax.Weight, tax.Rule));
        Assert.Equal((35.9783m, 4, 5, 80m, "B", "rank"), (why.Score!.Value, why.Rank!.Value, why.RankedCount!.Value, why.PositionPercent!.Value, why.Class!, why.ClassedBy!));
        Assert.Equal("全区同类企业第 4 名 / 共 5 家（80%），在 B 提升发展 的前 80% 以内", ExplanationText.ClassReason(why));
    }

    [Fact]
    public async Task A_second_method_with_its_own_weights_ranks_below_scale_firms_on_their_own_capped_indicator()
    {
        const int year = 2024;
        var firms = await WorkedExampleAsync(App, year);
        var f7 = await App.FirmAsync("亩均测试企业F7");
        await App.SendAsync(RecordFigures.Of(f7, year, 1_500m, Tax: 50m, Land: 2m));
        var seeded = (await App.SendAsync(new GetEfficiencyMethod(2023))).Terms;
        await App.SendAsync(new DefineEfficiencyMethod(year, seeded with
        {
            Name = "第二种办法",
            Indicators =
            [
                new IndicatorTerms(Population.AboveScale, "亩均税收", Measure.Tax, Measure.Land, 60m, 20m),
                new IndicatorTerms(Population.AboveScale, "亩均增加值", Measure.ValueAdded, Measure.Land, 40m, 100m),
                new IndicatorTerms(Population.BelowScale, "亩均税收", Measure.Tax, Measure.Land, 100m, 5m, Cap: 120m),
            ],
            MinimumRanked = null,
            Classes = [new("A", "优先发展", 25m, null), new("B", "提升发展", 75m, null), new("C", "帮扶转型", 90m, null), new("D", "整治淘汰", 100m, null)],
        }));

        await App.SendAsync(new RunEfficiencyEvaluation(year));

        // 规上: 30/20×60 + 225/100×40 = 180 (F1); F2 24 + 40 = 64; F4 30 + 32 = 62; F3 6 + 19.2 = 25.2; F5 3 + 6 = 9.
        // 规下 on their own: F7 25/5×100 = 500, capped at 120 (1 of 2, 50 %: B); F6 1/5×100 = 20 (2 of 2: D).
        var rows = (await App.SendAsync(new GetEfficiencyEvaluation(year))).Rows.ToDictionary(r => r.Id);
        Assert.Equal((180m, 1, "A", false), Row(rows[firms["F1"]]));
        Assert.Equal((64m, 2, "B", false), Row(rows[firms["F2"]]));
        Assert.Equal((62m, 3, "B", false), Row(rows[firms["F4"]]));
        Assert.Equal((25.2m, 4, "C", true), Row(rows[firms["F3"]]));
        Assert.Equal((9m, 5, "D", true), Row(rows[firms["F5"]]));
        Assert.Equal((120m, 1, "B", false), Row(rows[f7]));
        Assert.Equal((20m, 2, "D", true), Row(rows[firms["F6"]]));
        Assert.Equal("capped", (await App.SendAsync(new GetEfficiencyExplanation(year, f7))).Lines.Single().Rule);
    }

    [Fact]
    public async Task An_upheld_objection_recomputes_that_firm_and_changes_no_other()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RunEfficiencyEvaluation(Year));
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().AddHours(8).DateTime);
        await App.SendAsync(new PublishEfficiencyEvaluation(Year, today.AddDays(6)));
        await App.SendAsync(new RecordEfficiencyObjection(Year, firms["F5"], "税收漏报了一笔", "档案 2023-017"));
        var before = await ResultsAsync();

        await App.SendAsync(RecordFigures.Of(firms["F5"], Year, 3_000m, Tax: 600m));
        var decided = await App.SendAsync(new DecideEfficiencyObjection(Year, firms["F5"], true, "核实税收凭证"));

        var after = await ResultsAsync();
        Assert.Equal(before.Where(r => r.Key != firms["F5"]), after.Where(r => r.Key != firms["F5"]));
        Assert.Equal(("upheld", "D", "B"), (decided.Decision, decided.ClassBefore, decided.ClassAfter));
        var f5 = (await App.SendAsync(new GetEfficiencyEvaluation(Year))).Rows.Single(r => r.Id == firms["F5"]);
        Assert.Equal((30m, false, true), (f5.TaxPerMu!.Value, f5.LowEfficiency!.Value, f5.Recomputed));
    }

    [Fact]
    public async Task A_rejected_objection_changes_nothing_but_the_objection()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RunEfficiencyEvaluation(Year));
        await App.SendAsync(new PublishEfficiencyEvaluation(Year, Today().AddDays(6)));
        await App.SendAsync(new RecordEfficiencyObjection(Year, firms["F5"], "认为排名偏低"));
        var before = await ResultsAsync();

        var decided = await App.SendAsync(new DecideEfficiencyObjection(Year, firms["F5"], false, "数据无误"));

        Assert.Equal(before, await ResultsAsync());
        Assert.Equal(("rejected", "D", "D"), (decided.Decision, decided.ClassBefore, decided.ClassAfter));
    }

    [Fact]
    public async Task The_workflow_runs_from_check_through_publicity_and_objections_to_final_and_opens_cases_for_low_firms()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RunEfficiencyEvaluation(Year));
        await App.SendAsync(new FlagEfficiencyResult(Year, firms["F3"], "用地面积少报"));

        var flagged = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new PublishEfficiencyEvaluation(Year, Today().AddDays(6))));
        Assert.Contains("数据问题未处理", flagged.Message, StringComparison.Ordinal);

        await App.SendAsync(RecordFigures.Of(firms["F3"], Year, 8_000m, Land: 20m));
        var rerun = await App.SendAsync(new RunEfficiencyEvaluation(Year));
        Assert.Equal((2, 1), (rerun.Runs, rerun.FlagsClosed));
        var published = await App.SendAsync(new PublishEfficiencyEvaluation(Year, Today().AddDays(6)));

        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new RunEfficiencyEvaluation(Year)));
        var seeded = (await App.SendAsync(new GetEfficiencyMethod(Year))).Terms;
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new DefineEfficiencyMethod(Year, seeded with { Name = "改名" })));
        await App.SendAsync(new RecordEfficiencyObjection(Year, firms["F2"], "研发费用未计入"));
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new FinalizeEfficiencyEvaluation(Year)));
        await App.SendAsync(new DecideEfficiencyObjection(Year, firms["F2"], false, "凭证不全"));
        var early = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new FinalizeEfficiencyEvaluation(Year)));
        Assert.Contains("公示期满后", early.Message, StringComparison.Ordinal);

        App.Clock.Advance(TimeSpan.FromDays(7));
        var late = await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new RecordEfficiencyObjection(Year, firms["F4"], "逾期")));
        Assert.Contains(published.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), late.Message, StringComparison.Ordinal);
        var final = await App.SendAsync(new FinalizeEfficiencyEvaluation(Year));

        // F3 (50 ÷ 20 = 2.5), F5 (1) and F6 (1) are at or under the 3 万元 line.
        Assert.Equal(3, final.CasesOpened);
        var cases = await App.SendAsync(new GetRemediationReport(Year));
        Assert.Equal([firms["F3"], firms["F5"], firms["F6"]], cases.Select(c => c.Id).Order());
        Assert.Equal("澧浦镇", cases.Single(c => c.Id == firms["F3"]).Township);
        Assert.Equal("final", (await App.SendAsync(new GetEfficiencyEvaluation(Year))).Status);
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new RunEfficiencyEvaluation(Year)));

        var lipu = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "澧浦镇").Select(t => t.Id).SingleAsync());
        App.User.Become(AccountRole.Township, lipu);
        Assert.Equal(cases.Where(c => c.Township == "澧浦镇"), await App.SendAsync(new GetRemediationReport(Year)));
    }

    [Fact]
    public async Task A_final_year_reads_explains_and_answers_the_same_after_its_figures_parcels_and_profiles_change()
    {
        var firms = await WorkedExampleAsync(App);
        await FinalizeAsync(Year);
        var before = await FinalYearAsync(firms);

        await App.SendAsync(RecordFigures.Of(firms["F3"], Year, 8_000m, Tax: 900m, Land: 5m, Emissions: 3m));
        await App.SendAsync(RecordFigures.Of(firms["F5"], Year, 3_000m, Tax: 600m));
        await App.SendAsync(new RecordLandParcel(firms["F1"], "金东-101", 90m, "owned", 2000));
        await App.SendAsync(new SetEfficiencyProfile(firms["F4"], 2023, "公用事业"));
        var seeded = (await App.SendAsync(new GetEfficiencyMethod(Year))).Terms;

        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new DefineEfficiencyMethod(Year, seeded with { Name = "改写" })));
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new RunEfficiencyEvaluation(Year)));
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new RecordEfficiencyObjection(Year, firms["F5"], "税收漏计")));
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new FlagEfficiencyResult(Year, firms["F3"], "用地面积少报")));
        Assert.Equal(before, await FinalYearAsync(firms));
        Assert.Equal("D", (await App.SendAsync(new GetEfficiencyExplanation(Year, firms["F5"]))).Class);
    }

    [Fact]
    public async Task New_firms_listed_kinds_and_build_period_land_are_exempt_with_their_reason_unranked_and_given_no_case()
    {
        var firms = await WorkedExampleAsync(App);
        var seeded = (await App.SendAsync(new GetEfficiencyMethod(Year))).Terms;
        await App.SendAsync(new DefineEfficiencyMethod(Year, seeded with
        {
            MinimumRanked = null,
            Exemptions = new Exemptions(NewFirmYears: 3, BuildPeriodYears: 2, Kinds: ["公用事业"]),
        }));
        await App.SendAsync(new SetEfficiencyProfile(firms["F2"], 2022, null));
        await App.SendAsync(new SetEfficiencyProfile(firms["F4"], 2001, "公用事业"));
        await App.SendAsync(new SetEfficiencyProfile(firms["F1"], 2015, null));
        await App.SendAsync(new RecordLandParcel(firms["F5"], "金东-201", 20m, "owned", 2022));

        var final = await FinalizeAsync(Year);

        var rows = (await App.SendAsync(new GetEfficiencyEvaluation(Year))).Rows.ToDictionary(r => r.Id);
        var (f2, f4, f5) = (rows[firms["F2"]], rows[firms["F4"]], rows[firms["F5"]]);
        Assert.Equal(("new-firm", "listed-kind", "build-period"), (f2.Exemption, f4.Exemption, f5.Exemption));
        Assert.All([f2, f4, f5], r => Assert.Equal(((decimal?)null, (int?)null, (string?)null), (r.Score, r.Rank, r.Class)));
        // F1 and F3 are the only ranked 规上 firms: 1 of 2 (50 %: B) and 2 of 2 (100 %: D).
        var (f1, f3) = (rows[firms["F1"]], rows[firms["F3"]]);
        Assert.Equal(((1, 2, "B"), (2, 2, "D")), ((f1.Rank, f1.RankedCount, f1.Class), (f3.Rank, f3.RankedCount, f3.Class)));
        Assert.Equal((0m, "parcels"), (rows[firms["F5"]].Land!.Value, rows[firms["F5"]].LandSource));
        // F3 (2 万元/亩) and F6 (1) are under the line; F5 is exempt, so it gets no case.
        Assert.Equal(2, final.CasesOpened);
        Assert.Equal([firms["F3"], firms["F6"]], (await App.SendAsync(new GetRemediationReport(Year))).Select(c => c.Id).Order());
        Assert.Equal("豁免：用地均在建设期内", ExplanationText.ClassReason(await App.SendAsync(new GetEfficiencyExplanation(Year, firms["F5"]))));
    }

    [Fact]
    public async Task A_case_is_planned_by_its_township_and_cleared_when_a_later_final_year_clears_the_line()
    {
        var firms = await WorkedExampleAsync(App);
        await FinalizeAsync(Year);
        await App.SendAsync(new PlanRemediation(firms["F5"], "renovate", new DateOnly(2025, 6, 30), true, "技改扩税"));

        await App.SendAsync(new CopyEfficiencyMethod(2024));
        await WorkedExampleFiguresAsync(firms, 2024);
        await App.SendAsync(RecordFigures.Of(firms["F5"], 2024, 3_000m, Tax: 600m));
        var finalized = await FinalizeAsync(2024);

        Assert.Equal(1, finalized.CasesCleared);
        var history = await App.SendAsync(new GetFirmEfficiency(firms["F5"]));
        var closed = Assert.Single(history.Cases);
        Assert.Equal(("cleared", 2024, 30m, "renovate"), (closed.CaseStatus, closed.ClearedYear!.Value, closed.ClearedTaxPerMu!.Value, closed.Action!));
        Assert.Equal([(2023, "D"), (2024, "B")], history.History.Select(h => (h.Year, h.Class!)));
        var distribution = await App.SendAsync(new GetClassDistribution(2024));
        Assert.Equal(1, distribution.Single(d => d.Year == 2023 && d.Class == "A").Count);
    }

    [Fact]
    public async Task A_township_officer_sees_their_firms_with_the_classes_the_district_ranking_gave_them()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RunEfficiencyEvaluation(Year));
        var district = await App.SendAsync(new GetEfficiencyEvaluation(Year));
        var lipu = await App.QueryAsync(db => db.Townships.Where(t => t.Name == "澧浦镇").Select(t => t.Id).SingleAsync());

        App.User.Become(AccountRole.Township, lipu);
        var scoped = await App.SendAsync(new GetEfficiencyEvaluation(Year));

        Assert.Equal(district.Rows.Where(r => r.Township == "澧浦镇"), scoped.Rows);
        Assert.Equal([(firms["F1"], "A"), (firms["F3"], "B")], scoped.Rows.Select(r => (r.Id, r.Class!)));
        var why = await App.SendAsync(new GetEfficiencyExplanation(Year, firms["F3"]));
        Assert.Equal((4, 5), (why.Rank!.Value, why.RankedCount!.Value));
        await Assert.ThrowsAsync<NotFoundException>(() => App.SendAsync(new GetEfficiencyExplanation(Year, firms["F2"])));
    }

    [Fact]
    public async Task The_what_if_answers_the_least_tax_with_which_the_firm_reaches_the_class()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RunEfficiencyEvaluation(Year));

        var answer = await App.SendAsync(new GetEfficiencyWhatIf(Year, firms["F5"], "B"));

        Assert.True(answer.Reachable);
        Assert.Equal(("D", "B"), (answer.ClassNow!, answer.ClassAtNeeded!));
        Assert.True(answer.Needed > answer.Current);
        Assert.Equal(answer.Needed - 20m, answer.Change);
        // 亩均税收 is kept to 4 places: 60.0001 ÷ 20 rounds to 3.0000, still on the line; 60.001 ÷ 20 is 3.0001.
        Assert.Equal(60.001m, answer.TaxToClearLine);
    }

    [Fact]
    public async Task Parcels_give_the_net_land_and_the_result_says_it_came_from_them()
    {
        var firms = await WorkedExampleAsync(App);
        await App.SendAsync(new RecordLandParcel(firms["F1"], "金东-001", 30m, "owned", 2010));
        await App.SendAsync(new RecordLandParcel(firms["F1"], "金东-002", 15m, "leased-in", 2020, 2025));
        await App.SendAsync(new RecordLandParcel(firms["F1"], "金东-003", 5m, "leased-out", 2021));

        await App.SendAsync(new RunEfficiencyEvaluation(Year));

        var f1 = (await App.SendAsync(new GetEfficiencyEvaluation(Year))).Rows.Single(r => r.Id == firms["F1"]);
        Assert.Equal((40m, "parcels", 30m), (f1.Land!.Value, f1.LandSource, f1.TaxPerMu!.Value));
    }

    [Fact]
    public async Task A_method_copied_from_the_previous_year_reads_back_as_the_seeded_file_says()
    {
        var copied = await App.SendAsync(new CopyEfficiencyMethod(2024, Name: "2024 年度办法"));

        var seeded = await App.SendAsync(new GetEfficiencyMethod(2023));
        Assert.Equal(MethodJson.Write(seeded.Terms with { Name = "2024 年度办法" }), MethodJson.Write(copied.Terms));
        Assert.Equal([2023, 2024], copied.Years);
        Assert.Equal(
            [30m, 20m, 20m, 10m, 10m, 10m],
            seeded.Terms.Indicators.Select(i => i.Weight));
        Assert.True(seeded.Terms.LowEfficiency.Inclusive);
        await Assert.ThrowsAsync<RuleViolationException>(() => App.SendAsync(new CopyEfficiencyMethod(2024)));
    }

    [Fact]
    public async Task A_method_whose_rank_shares_do_not_reach_100_is_refused_naming_the_classes_and_nothing_is_written()
    {
        var seeded = (await App.SendAsync(new GetEfficiencyMethod(2023))).Terms;
        var counts = await App.QueryAsync(TableCounts.OfAsync);
        var methods = await App.QueryAsync(db => db.EfficiencyMethods.CountAsync());

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => App.SendAsync(new DefineEfficiencyMethod(2024, seeded with
        {
            Classes = [new("A", "优先发展", 20m, null), new("D", "整治淘汰", 90m, null)],
        })));

        Assert.Contains("100", string.Join(" ", refused.Errors.SelectMany(e => e.Value)), StringComparison.Ordinal);
        Assert.Equal(counts, await App.QueryAsync(TableCounts.OfAsync));
        Assert.Equal(methods, await App.QueryAsync(db => db.EfficiencyMethods.CountAsync()));
    }

    private static (decimal? Score, int? Rank, string? Class, bool? Low) Row(EvaluationRow row) => (row.Score, row.Rank, row.Class, row.LowEfficiency);

    private DateOnly Today() => DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private Task<Dictionary<int, ResultSummary>> ResultsAsync() => App.QueryAsync(async db =>
        (await db.EfficiencyResults.AsNoTracking().ToListAsync()).ToDictionary(r => r.EnterpriseId, r => ResultSummary.Of(0, r)));

    /// <summary>What a user reads of a year: the results, F3's explanation and F5's what-if, as JSON to compare by value.</summary>
    private async Task<string> FinalYearAsync(Dictionary<string, int> firms) => System.Text.Json.JsonSerializer.Serialize(new object[]
    {
        await App.SendAsync(new GetEfficiencyEvaluation(Year)),
        await App.SendAsync(new GetEfficiencyExplanation(Year, firms["F3"])),
        await App.SendAsync(new GetEfficiencyWhatIf(Year, firms["F5"], "B")),
    });

    private async Task<EvaluationFinalized> FinalizeAsync(int year)
    {
        await App.SendAsync(new RunEfficiencyEvaluation(year));
        await App.SendAsync(new PublishEfficiencyEvaluation(year, Today().AddDays(6)));
        App.Clock.Advance(TimeSpan.FromDays(7));
        return await App.SendAsync(new FinalizeEfficiencyEvaluation(year));
    }

    private async Task WorkedExampleFiguresAsync(Dictionary<string, int> firms, int year)
    {
        var earlier = await App.QueryAsync(db => db.AnnualFigures.AsNoTracking().Where(f => f.Year == Year).ToListAsync());
        foreach (var figures in earlier)
        {
            await App.SendAsync(new Jindong.Enterprises.Application.Figures.RecordAnnualFigures(
                figures.EnterpriseId, year, FigureChanges.Replacing(figures.Values)));
        }

        Assert.Equal(firms.Count, earlier.Count);
    }
}
