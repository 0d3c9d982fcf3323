using System.Globalization;
using System.Text;
using CsCheck;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Export;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Import.Tests.Support;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Import.Tests;

/// <summary>An import changes only what its file says: the columns it has, the cells it fills; 「清空」 clears.</summary>
public sealed class ImportCorrectionTests : IAsyncLifetime
{
    private const string Shuguang = "浙江曙光信息技术有限公司";

    private readonly ImportApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_file_of_names_and_output_keeps_every_other_measure_and_its_preview_lists_the_change()
    {
        var id = await app.FirmIdAsync(1);
        await app.SendAsync(RecordFigures.Of(id, 2024, 580_000m, Revenue: 600_000m, Tax: 9_500m, Land: 300m, Employees: 2_300));

        var preview = await app.ImportAsync(app.WriteFile("stats.csv", Files.Utf8($"企业名称,工业总产值\n{Shuguang},590000\n")), dryRun: true);
        var outcome = await app.ImportAsync(app.PathOf("stats.csv"));

        var change = Assert.Single(preview.Changes);
        Assert.Equal((id, Shuguang), (change.EnterpriseId!.Value, change.Name));
        Assert.Equal([new MeasureChange(Measure.Output, 580_000m, 590_000m)], change.Measures);
        Assert.Equal([Measure.Output], preview.Measures);
        Assert.Equal(1, outcome.Corrected);
        Assert.Equal(new FigureValues(590_000m, 600_000m, 9_500m, null, 300m, 2_300), await ValuesAsync(id));
    }

    [Fact]
    public async Task The_statistics_bureaus_file_and_the_tax_bureaus_file_together_keep_both()
    {
        var id = await app.FirmIdAsync(1);

        await app.ImportAsync(app.WriteFile("stats.csv", Files.Utf8($"企业名称,工业总产值,营业收入,用地面积\n{Shuguang},590000,610000,300\n")));
        await app.ImportAsync(app.WriteFile("tax.csv", Files.Utf8($"企业名称,税收\n{Shuguang},9800\n")));

        Assert.Equal(new FigureValues(590_000m, 610_000m, 9_800m, null, 300m), await ValuesAsync(id));
    }

    [Fact]
    public async Task Empty_cells_dashes_and_slashes_keep_a_value_and_a_clear_cell_empties_it()
    {
        var id = await app.FirmIdAsync(1);
        await app.SendAsync(RecordFigures.Of(id, 2024, 580_000m, Revenue: 600_000m, Tax: 9_500m, Land: 300m));

        await app.ImportAsync(app.WriteFile("mixed.csv", Files.Utf8($"企业名称,工业总产值,营业收入,税收,用地面积\n{Shuguang},,-,/,清空\n")));

        Assert.Equal(new FigureValues(580_000m, 600_000m, 9_500m), await ValuesAsync(id));
    }

    [Fact]
    public async Task A_row_whose_name_and_credit_code_belong_to_two_firms_is_refused_and_nothing_is_written()
    {
        const string code = "91350100M000100Y43";
        await app.SendAsync(new UpdateEnterprise(await app.FirmIdAsync(2), CreditCode: code));
        var before = await app.SnapshotAsync();

        var errors = await app.RefusedAsync(app.WriteFile("both.csv", Files.Utf8($"企业名称,统一社会信用代码,工业总产值\n{Shuguang},{code},590000\n")));

        Assert.Contains("分属库中两家不同的企业", Assert.Single(errors["第2行 统一社会信用代码"]), StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory]
    [InlineData("2,5")]
    [InlineData("1,23,456")]
    public async Task A_number_with_misplaced_thousands_separators_is_refused_not_misread(string cell)
    {
        var before = await app.SnapshotAsync();

        var errors = await app.RefusedAsync(app.WriteFile("comma.csv", Files.Utf8($"企业名称,工业总产值\n{Shuguang},\"{cell}\"\n")));

        Assert.Contains("不是数字", Assert.Single(errors["第2行 工业总产值"]), StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Exporting_any_registry_and_importing_the_file_back_changes_nothing()
    {
        var firms = await app.QueryAsync(db => db.Enterprises.OrderBy(e => e.Id).Select(e => e.Id).Take(12).ToListAsync());
        var amount = Gen.OneOf(Gen.Decimal[0m, 9_999_999.99999m].Select(d => Math.Round(d, 6)), Gen.OneOf(1_999.99995m, 2_000m, 0.00005m, 0m));
        var year = 2000;
        await Gen.Select(amount.Array[firms.Count], amount.Array[firms.Count], Gen.Int[0, 5_000].Array[firms.Count], Gen.Bool.Array[firms.Count]).SampleAsync(
            async (outputs, taxes, employees, withTax) =>
            {
                year++;
                for (var i = 0; i < firms.Count; i++)
                {
                    await app.SendAsync(RecordFigures.Of(firms[i], year, outputs[i], Tax: withTax[i] ? taxes[i] : null, Employees: employees[i]));
                }

                foreach (var format in new[] { TabularFormat.Csv, TabularFormat.Xlsx })
                {
                    var file = app.PathOf($"{year}.{format.Extension()}");
                    await using (var output = File.Create(file))
                    {
                        await app.SendAsync(new ExportFigures(year, format) { Output = output });
                    }

                    var before = await app.SnapshotAsync();
                    var outcome = await app.ImportAsync(file, year);
                    Assert.Equal((0, 0, firms.Count), (outcome.Added, outcome.Corrected, outcome.Unchanged));
                    Assert.Equal(before, await app.SnapshotAsync());
                }
            },
            iter: 6,
            threads: 1);
    }

    private Task<FigureValues> ValuesAsync(int firm) =>
        app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == firm && f.Year == 2024).Select(f => f.Values).SingleAsync());
}
