using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Parks;
using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Designations;
using Jindong.Enterprises.Application.Watch;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Domain.Auditing;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Auditing;

public sealed class AuditChangesTests : RegistryTest
{
    [Fact]
    public async Task A_correction_reads_as_the_measures_it_changed_with_their_Chinese_labels_and_units()
    {
        var id = await App.FirmIdAsync(9);
        await App.SendAsync(RecordFigures.Of(id, 2023, 12_000m, Revenue: 11_800m, Tax: 320m));
        await App.SendAsync(RecordFigures.Of(id, 2023, 52_000m, Tax: 900m));

        var correction = (await App.SendAsync(new ListAuditEntries(id)))[0];

        Assert.Equal(("录入年度数据", "手工录入"), (correction.CommandLabel, correction.SourceLabel));
        Assert.Equal(
            ["产值对应档次: 超亿元 → 超5亿元", "工业总产值（万元）: 12,000 → 52,000", "税收（万元）: 320 → 900"],
            Lines(correction));
        Assert.DoesNotContain(Lines(correction), l => l.Contains("营业收入", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_profile_change_names_its_fields_and_words_its_codes()
    {
        var id = await App.FirmIdAsync(9);
        await App.SendAsync(new UpdateEnterprise(id, Township: "澧浦镇"));
        await App.SendAsync(new MoveOutEnterprise(id, "迁往义乌市"));

        var trail = await App.SendAsync(new ListAuditEntries(id));

        Assert.Equal(["状态: 在库 → 迁出", "迁出/关停原因: — → 迁往义乌市"], Lines(trail[0]));
        Assert.Equal("迁出/关停", trail[0].CommandLabel);
        Assert.Contains("乡镇街道: 江东镇 → 澧浦镇", Lines(trail[1]));
        Assert.Contains(trail, e => e.EnterpriseName == "浙江大众齿轮有限公司");
    }

    [Fact]
    public async Task An_import_writes_one_entry_per_firm_that_names_the_file()
    {
        var id = await App.FirmIdAsync(9);
        var file = new MemoryStream(Encoding.UTF8.GetBytes("企业名称,工业总产值\n浙江大众齿轮有限公司,52000\n"));

        await App.SendAsync(new ImportAnnualFigures("2023年统计局.csv", 2023) { Content = file });

        var entries = await App.SendAsync(new ListAuditEntries(id));
        Assert.All(entries, e => Assert.Equal(("导入年度数据", "文件「2023年统计局.csv」"), (e.CommandLabel, e.SourceLabel)));
        Assert.Contains(entries, e => Lines(e).Contains("工业总产值（万元）: — → 52,000"));
        Assert.Contains(entries, e => Lines(e).Contains("档次: — → 超5亿元"));
        var summary = (await App.SendAsync(new ListAuditEntries())).First(e => e.EnterpriseId is null);
        Assert.Contains("文件: — → 2023年统计局.csv", Lines(summary));
    }

    [Fact]
    public async Task A_sign_off_writes_one_entry_per_firm_moved_that_names_the_review_year()
    {
        var id = await App.FirmIdAsync(9);
        await App.SendAsync(RecordFigures.Of(id, 2022, 5_000m));
        await App.SendAsync(RecordFigures.Of(id, 2023, 12_000m));
        await App.SendAsync(new StartAnnualReview(2023));
        await App.SendAsync(new ApproveAllProposals(2023, "评审组会议通过"));

        await App.SendAsync(new SignOffReview(2023));

        var signOff = (await App.SendAsync(new ListAuditEntries(id)))[0];
        Assert.Equal(("评审签发", "2023 年度评审"), (signOff.CommandLabel, signOff.SourceLabel));
        Assert.Equal(["档次: 规上 → 超亿元"], Lines(signOff));
        var decision = (await App.SendAsync(new ListAuditEntries(id)))[1];
        Assert.Contains("评审决定: 待定 → 批准", Lines(decision));
        var summary = (await App.SendAsync(new ListAuditEntries()))[0];
        Assert.Contains("状态: 进行中 → 已签发", Lines(summary));
    }

    [Fact]
    public async Task In_English_the_same_entry_reads_in_English()
    {
        var id = await App.FirmIdAsync(9);
        await App.SendAsync(RecordFigures.Of(id, 2023, 12_000m));
        await App.SendAsync(new MoveOutEnterprise(id, "迁往义乌市", Closed: true));

        var trail = await App.SendAsync(new ListAuditEntries(id));
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            Assert.Contains("Status: active → closed", Lines(trail[0]));
            Assert.Contains(trail, e => Lines(e).Any(l => l.StartsWith("Output value (10k yuan)", StringComparison.Ordinal)));
            Assert.Equal("entered by hand", trail[0].SourceLabel);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Every_command_and_every_field_the_commands_write_has_a_label()
    {
        var id = await App.FirmIdAsync(9);
        var other = await App.SendAsync(new RegisterEnterprise("金华金东审计测试有限公司", "多湖街道", "91350100M000100Y43", "智能家居", "超亿元"));
        await App.SendAsync(RecordFigures.Of(id, 2022, 5_000m, Revenue: 1m, Tax: 1m, ValueAdded: 1m, Land: 1m, Employees: 1m, Rd: 1m, Energy: 1m, Emissions: 1m));
        await App.SendAsync(RecordFigures.Of(id, 2023, 12_000m));
        await App.SendAsync(new SetCultivationTarget(id, "超20亿元", "扩产"));
        await App.SendAsync(new StartAnnualReview(2023));
        await App.SendAsync(RecordFigures.Of(id, 2023, 13_000m));
        await App.SendAsync(new DecideProposal(2023, id, true, "通过"));
        await App.SendAsync(new SignOffReview(2023));
        await App.SendAsync(new ReopenReview(2023, "签发过早"));
        await App.SendAsync(new MoveTier(other, "超亿元", 2023, "专题会议认定", true));
        await App.SendAsync(new UpdateEnterprise(other, Name: "金华金东审计测试科技有限公司"));
        await App.SendAsync(new MoveOutEnterprise(other, "迁出"));
        await App.SendAsync(new CreateUser("township1", "Jindong-audit-test-2026", "township", "孝顺镇"));
        await App.SendAsync(new DisableUser("township1"));
        await App.SendAsync(new AddPlan("十五五", "金东区工业经济“十五五”规划", 2025, 2026, 2030, "区委审定"));
        var planTarget = await App.SendAsync(new SetPlanTarget("十五五", "150") { Tier = "超亿元", Reason = "区委审定" });
        await App.SendAsync(new RecordOfficialFigure("十五五", planTarget.Id, "152", "区统计局"));
        await App.SendAsync(new ClosePlan("十五五", "规划期结束"));
        await App.SendAsync(new SetParkPlace(id, 2023, Outside: true, Reason: "园区外"));
        await App.SendAsync(new ImportAnnualFigures("2024.csv", 2024) { Content = new MemoryStream(Encoding.UTF8.GetBytes("企业名称,工业总产值\n浙江大众齿轮有限公司,52000\n")) });
        await App.SendAsync(new CopyEfficiencyMethod(2022, FromYear: 2023));
        var method = await App.SendAsync(new GetEfficiencyMethod(2022));
        await App.SendAsync(new DefineEfficiencyMethod(2022, method.Terms with { Name = "2022 年度办法" }));
        await App.SendAsync(new RecordLandParcel(id, "金东-001", 2m, "owned", 2010));
        await App.SendAsync(new SetEfficiencyProfile(id, 2005, "制造业"));
        await App.SendAsync(new RunEfficiencyEvaluation(2022));
        await App.SendAsync(new FlagEfficiencyResult(2022, id, "用地面积少报"));
        await App.SendAsync(new DismissEfficiencyFlag(2022, id, "已核实"));
        await App.SendAsync(new PublishEfficiencyEvaluation(2022, ChinaTime.Today(App.Clock).AddDays(6)));
        await App.SendAsync(new RecordEfficiencyObjection(2022, id, "税收漏计", "档案 2022-1"));
        await App.SendAsync(new DecideEfficiencyObjection(2022, id, true, "核实税收凭证"));
        App.Clock.Advance(TimeSpan.FromDays(7));
        await App.SendAsync(new FinalizeEfficiencyEvaluation(2022));
        await App.SendAsync(new PlanRemediation(id, "renovate", new DateOnly(2027, 6, 30), true, "技改"));
        await App.SendAsync(new CloseRemediation(id, "已转让"));
        await App.SendAsync(new RemoveLandParcel(id, "金东-001"));
        await App.SendAsync(new AddDesignationKind("test-kind", "测试认定", Level: "省级", ValidYears: 2, Boards: ["甲板块"], Counts: ["测试计数"]));
        var grant = await App.SendAsync(new GrantDesignation(id, "test-kind", 2023, Number: "T-1", Board: "甲板块", Announcement: "公告"));
        await App.SendAsync(new CorrectDesignation(id, grant.Id, Number: "T-2", Reason: "笔误"));
        await App.SendAsync(new EndDesignation(id, grant.Id, "revoked", "撤销", new DateOnly(2024, 1, 1)));
        await App.SendAsync(new ImportDesignations("高企.csv", Kind: "high-tech", Year: 2024) { Content = new MemoryStream(Encoding.UTF8.GetBytes("企业名称\n浙江大众齿轮有限公司\n")) });
        await App.SendAsync(RecordFigures.Of(id, 2024, 52_000m, Tax: 60_000m));
        await App.SendAsync(new AcknowledgeFigureCheck(id, 2024, "tax-above-output", "补缴"));
        await App.SendAsync(new SetWatchThresholds(JumpFactor: 4m, Reason: "调整"));

        var trail = await App.SendAsync(new ListAuditEntries(Limit: 10_000));

        var unlabelled = trail.SelectMany(e => e.Changes).Where(c => c.Label == c.Field).Select(c => c.Field).Distinct();
        Assert.Empty(unlabelled);
        Assert.Empty(trail.SelectMany(e => e.Changes).Where(c => IsRawCode(c.Before) || IsRawCode(c.After)).Select(c => $"{c.Field}={c.Before}/{c.After}"));
        var commands = typeof(AuditChanges).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .Select(t => t.Name)
            .Append("SeedRegistry");
        Assert.DoesNotContain(commands, c => AuditChanges.CommandLabel(c) == c);
    }

    private static bool IsRawCode(string? value) =>
        value is not null && value.All(c => c is (>= 'a' and <= 'z') or '-') && value.Length > 1;

    private static List<string> Lines(AuditView entry) => entry.Changes.Select(c => $"{c.Label}: {c.Before ?? "—"} → {c.After ?? "—"}").ToList();
}
