using Jindong.Enterprises.Testing;
using System.Text.RegularExpressions;
using CsCheck;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Tiers;
using Jindong.Enterprises.Tests.Support;
using MediatR;

namespace Jindong.Enterprises.Tests.Application;

/// <summary>
/// Generated bad input for every command's validator, sent through the real mediator to a real
/// database: always refused with a Chinese message that names the field, and nothing written.
/// Generated good input is accepted. Each property runs a modest number of cases (each is a
/// database round trip), on one thread, so the database sees one command at a time.
/// </summary>
public sealed partial class ValidatorProperties : RegistryTest
{
    private const int Cases = 25;

    private static readonly string[] TierNames = TierScale.All.Select(d => d.Name).ToArray();

    /// <summary>Text that is not a tier's printed or code name: random strings, near misses, control characters.</summary>
    private static readonly Gen<string> NotATier = Gen.OneOf(
        Gen.String[1, 30],
        Gen.OneOf("超100亿元", "超3亿元", "规模以上", "超 亿", "超亿元元", "Over", "超亿元\0", "\t", "超５亿元"),
        Gen.Select(Gen.OneOf(TierNames), Gen.Char['\0', '\u001F']).Select((name, c) => name + c))
        .Where(s => !string.IsNullOrWhiteSpace(s) && !TierScale.TryParse(s, out _));

    private static readonly Gen<string> Blank = Gen.Char[" \t\r\n\u3000"].Array[0, 4].Select(chars => new string(chars));

    private static readonly Gen<int> BadYear = Gen.OneOf(Gen.Int[int.MinValue, Years.First - 1], Gen.Int[Years.Last + 1, int.MaxValue], Gen.OneOf(0, 1999, 2101, -2024));

    private static readonly Gen<decimal> Negative = Gen.OneOf(Gen.Decimal[decimal.MinValue, -0.0001m], Gen.OneOf(-0.0001m, -1m, decimal.MinValue));

    private static readonly Gen<decimal> Huge = Gen.OneOf(Gen.Decimal[1_000_000_000_000m, decimal.MaxValue], Gen.OneOf(1_000_000_000_000m, decimal.MaxValue));

    [Fact]
    public async Task Figures_with_a_negative_or_huge_amount_or_a_year_out_of_range_are_refused_naming_the_field()
    {
        var firm = await App.FirmIdAsync(1);
        var amount = Gen.Frequency((1, Negative), (1, Huge));
        var fields = new[] { "Output", "Revenue", "Tax", "ValueAdded", "Land", "Rd", "Energy", "Emissions", "Employees", "Year" };
        await Gen.Select(Gen.Int[0, fields.Length - 1], amount, BadYear, Gen.Int[int.MinValue, -1]).SampleAsync(
            async (field, value, year, employees) =>
            {
                var command = fields[field] switch
                {
                    "Output" => RecordFigures.Of(firm, 2024, value),
                    "Revenue" => RecordFigures.Of(firm, 2024, 1, Revenue: value),
                    "Tax" => RecordFigures.Of(firm, 2024, 1, Tax: value),
                    "ValueAdded" => RecordFigures.Of(firm, 2024, 1, ValueAdded: value),
                    "Land" => RecordFigures.Of(firm, 2024, 1, Land: value),
                    "Rd" => RecordFigures.Of(firm, 2024, 1, Rd: value),
                    "Energy" => RecordFigures.Of(firm, 2024, 1, Energy: value),
                    "Emissions" => RecordFigures.Of(firm, 2024, 1, Emissions: value),
                    "Employees" => RecordFigures.Of(firm, 2024, 1, Employees: employees),
                    _ => RecordFigures.Of(firm, year, 1),
                };
                await RefusedNamingAsync(command, fields[field], FieldWords[fields[field]]);
            },
            iter: Cases * 2,
            threads: 1);
    }

    [Fact]
    public async Task Valid_figures_are_accepted_and_recorded()
    {
        var firm = await App.FirmIdAsync(1);
        var amount = Gen.Decimal[0m, 999_999_999_999.9999m].Select(d => Math.Round(d, 4));
        await Gen.Select(Gen.Int[Years.First, TestApp.StartTime.Year], amount, amount, Gen.Int[0, 1_000_000]).SampleAsync(
            async (year, output, tax, employees) =>
            {
                var outcome = await App.SendAsync(RecordFigures.Of(firm, year, output, Tax: tax, Employees: employees));

                Assert.Equal(TierScale.ImpliedBy(output).Name(), outcome.ImpliedTier);
            },
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public async Task A_firm_with_a_blank_overlong_or_control_character_name_a_bad_code_or_a_wrong_target_is_not_registered()
    {
        var badName = Gen.OneOf(
            Blank.Select(b => ("Name", b)),
            Gen.Int[EnterpriseName.MaxLength + 1, 2_000].Select(n => ("Name", new string('企', n))),
            Gen.Select(Gen.Char['\0', '\u001F'], Gen.Int[0, 6]).Select((c, at) => ("Name", "金华市示例有限公司".Insert(at, c.ToString()))));
        var badCode = Gen.Char["0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ -"].Array[0, 24].Select(chars => new string(chars))
            .Where(code => !UnifiedSocialCreditCode.IsValid(code)).Select(code => ("CreditCode", code));
        var badTarget = Gen.OneOf(NotATier, Gen.Const("规下")).Select(target => ("Target", target));
        var badTownship = Blank.Select(b => ("Township", b));
        await Gen.OneOf(badName, badCode, badTarget, badTownship).SampleAsync(
            async bad =>
            {
                var (field, value) = bad;
                var command = field switch
                {
                    "Name" => new RegisterEnterprise(value, "孝顺镇"),
                    "CreditCode" => new RegisterEnterprise("金华市示例有限公司", "孝顺镇", CreditCode: value),
                    "Target" => new RegisterEnterprise("金华市示例有限公司", "孝顺镇", Target: value),
                    _ => new RegisterEnterprise("金华市示例有限公司", value),
                };
                await RefusedNamingAsync(command, field, FieldWords[field]);
            },
            iter: Cases * 2,
            threads: 1);
    }

    [Fact]
    public async Task A_profile_change_to_a_blank_overlong_or_control_character_name_or_a_bad_code_is_refused()
    {
        var firm = await App.FirmIdAsync(1);
        var badName = Gen.OneOf(
            Blank,
            Gen.Int[EnterpriseName.MaxLength + 1, 2_000].Select(n => new string('企', n)),
            Gen.Char['\0', '\u001F'].Select(c => "浙江曙光信息技术有限公司" + c));
        await Gen.Select(badName, Gen.Bool).SampleAsync(
            async (name, asCode) =>
            {
                if (asCode)
                {
                    await RefusedNamingAsync(new UpdateEnterprise(firm, CreditCode: name), "CreditCode", FieldWords["CreditCode"]);
                }
                else
                {
                    await RefusedNamingAsync(new UpdateEnterprise(firm, Name: name), "Name", FieldWords["Name"]);
                }
            },
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public async Task A_target_or_tier_move_with_a_wrong_tier_name_a_bad_year_or_a_bad_reason_is_refused()
    {
        var firm = await App.FirmIdAsync(1);
        var badReason = Gen.OneOf(
            Blank,
            Gen.Int[Reason.MaxLength + 1, 3_000].Select(n => new string('因', n)),
            Gen.Char['\0', '\u0008'].Select(c => "区政府专题会议认定" + c));
        await Gen.Select(Gen.Int[0, 4], NotATier, BadYear, badReason).SampleAsync(
            async (which, tier, year, reason) =>
            {
                switch (which)
                {
                    case 0:
                        await RefusedNamingAsync(new SetCultivationTarget(firm, tier, "新增产能"), "Target", FieldWords["Target"]);
                        break;
                    case 1:
                        await RefusedNamingAsync(new SetCultivationTarget(firm, "超亿元", reason), "Reason", FieldWords["Reason"]);
                        break;
                    case 2:
                        await RefusedNamingAsync(new MoveTier(firm, tier, 2023, "区政府专题会议认定", Override: true), "To", FieldWords["To"]);
                        break;
                    case 3:
                        await RefusedNamingAsync(new MoveTier(firm, "超亿元", year, "区政府专题会议认定", Override: true), "Year", FieldWords["Year"]);
                        break;
                    default:
                        await RefusedNamingAsync(new MoveOutEnterprise(firm, reason), "Reason", FieldWords["Reason"]);
                        break;
                }
            },
            iter: Cases * 2,
            threads: 1);
    }

    [Fact]
    public async Task A_valid_target_and_an_override_move_to_any_tier_are_accepted()
    {
        var firm = await App.FirmIdAsync(1);
        await Gen.Select(Gen.OneOf(TierNames.Skip(1).ToArray()), Gen.OneOf(TierNames), Gen.Int[Years.First, Years.Last]).SampleAsync(
            async (target, tier, year) =>
            {
                var current = await App.QueryAsync(db => Task.FromResult(db.Enterprises.Single(e => e.Id == firm)));
                if (current.Target != TierScale.Parse(target))
                {
                    Assert.Equal(target, (await App.SendAsync(new SetCultivationTarget(firm, target, "评审会议决定"))).Target);
                }

                if (current.CurrentTier != TierScale.Parse(tier))
                {
                    Assert.Equal(tier, (await App.SendAsync(new MoveTier(firm, tier, year, "区政府专题会议认定", Override: true))).To);
                }
            },
            iter: Cases,
            threads: 1);
    }

    [Fact]
    public async Task A_list_query_with_a_wrong_tier_status_sort_or_page_is_refused_naming_the_field()
    {
        await Gen.Select(Gen.Int[0, 5], NotATier, Gen.Int[int.MinValue, 0], Gen.Int[ListEnterprises.MaxPageSize + 1, int.MaxValue]).SampleAsync(
            async (which, text, page, pageSize) =>
            {
                var (query, field) = which switch
                {
                    0 => (new ListEnterprises(Tier: text), "Tier"),
                    1 => (new ListEnterprises(Target: text), "Target"),
                    2 => (new ListEnterprises(Status: text), "Status"),
                    3 => (new ListEnterprises(Sort: text), "Sort"),
                    4 => (new ListEnterprises(Page: page), "Page"),
                    _ => (new ListEnterprises(PageSize: pageSize), "PageSize"),
                };
                await RefusedNamingAsync(query, field, FieldWords[field]);
            },
            iter: Cases * 2,
            threads: 1);
    }

    [Fact]
    public async Task A_list_query_with_valid_filters_is_answered()
    {
        await Gen.Select(Gen.OneOf(TierNames), Gen.OneOf("active", "moved-out", "closed"), Gen.OneOf(ListEnterprises.SortKeys.ToArray()), Gen.Int[1, ListEnterprises.MaxPageSize]).SampleAsync(
            async (tier, status, sort, pageSize) =>
            {
                var page = await App.SendAsync(new ListEnterprises(Target: tier, Status: status, Sort: "-" + sort, PageSize: pageSize));

                Assert.All(page.Items, firm => Assert.Equal(tier, firm.Target));
            },
            iter: Cases,
            threads: 1);
    }

    /// <summary>A word of the field's Chinese name that its message must contain.</summary>
    private static readonly Dictionary<string, string> FieldWords = new(StringComparer.Ordinal)
    {
        ["Output"] = "工业总产值",
        ["Revenue"] = "营业收入",
        ["Tax"] = "税收",
        ["ValueAdded"] = "增加值",
        ["Land"] = "用地面积",
        ["Rd"] = "研发经费",
        ["Energy"] = "能耗",
        ["Emissions"] = "排放",
        ["Employees"] = "从业人员",
        ["Year"] = "年份",
        ["Name"] = "企业名称",
        ["CreditCode"] = "统一社会信用代码",
        ["Target"] = "培育目标",
        ["To"] = "档次",
        ["Tier"] = "档次",
        ["Township"] = "乡镇街道",
        ["Reason"] = "原因",
        ["Status"] = "状态",
        ["Sort"] = "排序",
        ["Page"] = "页码",
        ["PageSize"] = "每页条数",
    };

    /// <summary>Sends <paramref name="request"/>, which must be refused for <paramref name="field"/> with a Chinese message containing <paramref name="word"/>, and write nothing.</summary>
    private async Task RefusedNamingAsync<TResponse>(IRequest<TResponse> request, string field, string word)
    {
        var exception = await App.RefusedAsync(request);
        var refusal = Assert.IsType<InputValidationException>(exception);
        Assert.True(refusal.Errors.TryGetValue(field, out var messages), $"{request}: expected an error for {field}, got {refusal.Message}");
        Assert.All(messages, m => Assert.Matches(Chinese(), m));
        Assert.Contains(messages, m => m.Contains(word, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
