using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Import.Tests.Support;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Import.Tests;

/// <summary>A credit code in the file is stored for a firm recorded without one, audited; a recorded code is never overwritten.</summary>
public sealed class ImportCreditCodeTests : IAsyncLifetime
{
    private const string Header = "企业名称,统一社会信用代码,工业总产值";

    private readonly ImportApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_firm_without_a_code_is_given_the_files_code_once_confirmed_and_the_change_is_audited()
    {
        var id = await app.SendAsync(new RegisterEnterprise("金东补码测试制造有限公司", "孝顺镇"));
        var code = TestCreditCodes.For(7001);
        var path = app.WriteFile("codes.csv", Files.Utf8($"{Header}\n金东补码测试制造有限公司,{code},1200\n"));

        var preview = await app.ImportAsync(path, dryRun: true);
        Assert.Equal(1, preview.CreditCodesRecorded);
        Assert.Null(await CodeOfAsync(id));

        var outcome = await app.ImportAsync(path);

        Assert.Equal((1, 1), (outcome.CreditCodesRecorded, outcome.Added));
        Assert.Equal(code, await CodeOfAsync(id));
        var entries = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == id).OrderBy(a => a.Id).Select(a => new { a.Before, a.After }).ToListAsync());
        Assert.Contains(entries, e => e.Before is not null && e.Before.Contains("\"creditCode\":null", StringComparison.Ordinal) && e.After!.Contains($"\"creditCode\":\"{code}\"", StringComparison.Ordinal));
        var import = await app.QueryAsync(db => db.AuditEntries.Where(a => a.EnterpriseId == null).OrderByDescending(a => a.Id).Select(a => a.After).FirstAsync());
        Assert.Contains("\"creditCodesRecorded\":1", import, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_only_gives_a_missing_code_is_still_an_import_to_confirm()
    {
        var id = await app.SendAsync(new RegisterEnterprise("金东仅补码制造有限公司", "孝顺镇"));
        await app.ImportAsync(app.WriteFile("figures.csv", Files.Utf8($"{Header}\n金东仅补码制造有限公司,,1200\n")));

        var outcome = await app.ImportAsync(app.WriteFile("codes.csv", Files.Utf8($"{Header}\n金东仅补码制造有限公司,{TestCreditCodes.For(7002)},1200\n")));

        Assert.Equal((0, 0, 1, 1), (outcome.Added, outcome.Corrected, outcome.Unchanged, outcome.CreditCodesRecorded));
        Assert.False(outcome.ChangesNothing);
        Assert.Equal(TestCreditCodes.For(7002), await CodeOfAsync(id));
    }

    [Fact]
    public async Task A_recorded_code_is_never_overwritten_and_a_code_held_elsewhere_or_given_twice_is_refused()
    {
        var recorded = TestCreditCodes.For(7003);
        var withCode = await app.SendAsync(new RegisterEnterprise("金东已有代码制造有限公司", "孝顺镇", recorded));
        await app.SendAsync(new RegisterEnterprise("金东无代码甲有限公司", "孝顺镇"));
        await app.SendAsync(new RegisterEnterprise("金东无代码乙有限公司", "孝顺镇"));
        await app.SendAsync(new RegisterEnterprise("金东无代码丙有限公司", "孝顺镇"));
        var elsewhere = TestCreditCodes.For(7004);
        await app.SendAsync(new RegisterEnterprise("金东别镇代码有限公司", "东孝街道", elsewhere));
        var xiaoshun = await app.QueryAsync(db => db.Townships.Where(t => t.Name == "孝顺镇").Select(t => t.Id).SingleAsync());
        app.User.Become(AccountRole.Township, xiaoshun);
        var before = await app.SnapshotAsync();
        var given = TestCreditCodes.For(7005);

        var errors = await app.RefusedAsync(app.WriteFile("codes.csv", Files.Utf8(
            $"""
            {Header}
            金东已有代码制造有限公司,{TestCreditCodes.For(7006)},100
            金东无代码甲有限公司,{given},100
            金东无代码乙有限公司,{given},100
            金东无代码丙有限公司,{elsewhere},100

            """)));

        Assert.Contains(recorded, Assert.Single(errors["第2行 统一社会信用代码"]), StringComparison.Ordinal);
        Assert.Contains("与第3行是同一家企业", Assert.Single(errors["第4行 统一社会信用代码"]), StringComparison.Ordinal);
        Assert.Contains("不在您可查看的企业中", errors["第5行 统一社会信用代码"][0], StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Equal(recorded, await CodeOfAsync(withCode));
    }

    private Task<string?> CodeOfAsync(int id) => app.QueryAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.CreditCode).SingleAsync());
}
