using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Tests.Security;

/// <summary>
/// Uploaded import files: the role is checked before anything is saved; they wait in a private
/// folder of the app's (0700, files 0600) and are deleted on every outcome or once stale; the
/// confirmation imports exactly what was previewed, for whoever previewed it; a file's name is
/// only text; an upload over the limit is 413 naming it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class ImportUploadTests(ImportUploadTests.SmallUploadFactory app) : IClassFixture<ImportUploadTests.SmallUploadFactory>
{
    [Theory]
    [InlineData("leader")]
    [InlineData("panel")]
    public async Task A_preview_by_a_role_that_cannot_import_is_refused_before_anything_is_saved(string user)
    {
        var client = await app.SignedInClientAsync(user);

        using var response = await ImportUpload.PreviewAsync(client, "refused.csv", Csv(await FirmNameAsync(), 15_000));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Uploads());
    }

    [Fact]
    public async Task A_previewed_upload_waits_privately_in_the_apps_folder_and_is_deleted_once_confirmed_or_refused_leaving_only_its_error_report()
    {
        var client = await app.SignedInClientAsync("admin");

        var preview = await ImportUpload.PreviewPageAsync(client, "private.csv", Csv(await FirmNameAsync(), 16_000));
        var waiting = Uploads();

        Assert.NotEmpty(waiting);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(app.UploadDirectory));
        Assert.All(waiting, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        await ConfirmAsync(client, TokenOf(preview));
        Assert.Empty(Uploads());

        // A refused upload is deleted; its error report waits, as privately, for the user who uploaded it.
        var refused = await ImportUpload.PreviewPageAsync(client, "bad.csv", Encoding.UTF8.GetBytes("企业名称,工业总产值\n查无此企业,abc\n"));
        Assert.DoesNotContain(Uploads(), f => f.EndsWith(".upload", StringComparison.Ordinal));
        var report = Assert.Single(Uploads(), f => f.EndsWith(".errors.xlsx", StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(refused, "href=\"(/Import\\?handler=Errors[^\"]+)\"").Groups[1].Value);
        using (var mine = await client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", mine.Content.Headers.ContentType!.MediaType);
        }

        using var theirs = await (await app.SignedInClientAsync("xiaoshun")).GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    [Fact]
    public async Task An_unconfirmed_preview_is_purged_once_older_than_the_configured_age()
    {
        var client = await app.SignedInClientAsync("admin");
        var preview = await ImportUpload.PreviewPageAsync(client, "stale.csv", Csv(await FirmNameAsync(), 17_000));
        Assert.NotEmpty(Uploads());

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Empty(Uploads());
        Assert.Contains("预览的文件已失效", await ConfirmAsync(client, TokenOf(preview)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_imports_the_previewed_year_and_file_name_whatever_the_form_says_and_only_for_who_previewed_it()
    {
        var client = await app.SignedInClientAsync("admin");
        var officer = await app.SignedInClientAsync("xiaoshun");
        var firm = await app.FirmIdAsync(10);
        var name = await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.Name).SingleAsync());
        var token = TokenOf(await ImportUpload.PreviewPageAsync(officer, "孝顺2024.csv", Csv(name, 18_000)));

        var stolen = await ConfirmAsync(client, token, ("Year", "2023"), ("FileName", "forged.csv"));
        var confirmed = await ConfirmAsync(officer, token, ("Year", "2023"), ("FileName", "forged.csv"), ("RegisterUnknown", "true"));

        Assert.Contains("预览的文件已失效", stolen, StringComparison.Ordinal);
        Assert.Contains("已导入 2024 年度数据", confirmed, StringComparison.Ordinal);
        var figures = await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == firm).Select(f => new { f.Year, f.SourceFile }).ToListAsync());
        Assert.Equal([(2024, "孝顺2024.csv")], figures.Select(f => (f.Year, f.SourceFile)));
    }

    [Fact]
    public async Task Control_characters_in_an_uploaded_file_name_are_removed_before_it_is_shown_recorded_or_logged()
    {
        var client = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(12);
        var name = await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.Name).SingleAsync());

        var preview = await ImportUpload.PreviewPageAsync(client, "report\u001b[2J\u0007\u202Evsc.exe", Csv(name, 19_000));
        await ConfirmAsync(client, TokenOf(preview));

        Assert.Contains("report[2Jvsc.exe", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", preview, StringComparison.Ordinal);
        var recorded = await app.QueryAsync(db => db.AnnualFigures.Where(f => f.EnterpriseId == firm).Select(f => f.SourceFile).SingleAsync());
        Assert.Equal("report[2Jvsc.exe", recorded);
        var audit = (await app.SendAsAdminAsync(new ListAuditEntries(Limit: 5))).First(a => a.Command == "ImportAnnualFigures" && a.EnterpriseId is null);
        Assert.Contains("\"file\":\"report[2Jvsc.exe\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413_naming_the_limit_and_saves_nothing()
    {
        var client = await app.SignedInClientAsync("admin");

        using var response = await ImportUpload.PreviewAsync(client, "huge.csv", new byte[SmallUploadFactory.MaxBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上传的文件超过 1 MB 的上限", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(Uploads());
    }

    private string[] Uploads() => Directory.Exists(app.UploadDirectory) ? Directory.GetFiles(app.UploadDirectory, "*", SearchOption.AllDirectories) : [];

    private Task<string> FirmNameAsync() => app.QueryAsync(db => db.Enterprises.Where(e => e.ListNo == 7).Select(e => e.Name).SingleAsync());

    private static byte[] Csv(string firm, int output) => Encoding.UTF8.GetBytes($"企业名称,工业总产值\n{firm},{output}\n");

    private static string TokenOf(string previewPage) => ImportToken().Match(previewPage) is { Success: true } match
        ? match.Groups["token"].Value
        : throw new InvalidOperationException("The preview kept no upload: " + previewPage);

    /// <summary>Posts the confirmation with the token and whatever else a forged form adds.</summary>
    private static async Task<string> ConfirmAsync(HttpClient client, string token, params (string Name, string Value)[] extra)
    {
        var antiforgery = await AuthorizationMatrixTests.AntiforgeryTokenAsync(client, "/Import");
        var fields = new Dictionary<string, string> { ["Token"] = token, ["__RequestVerificationToken"] = antiforgery };
        foreach (var (name, value) in extra)
        {
            fields[name] = value;
        }

        using var response = await client.PostAsync("/Import?handler=Confirm", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"name=""Token""[^>]*value=""(?<token>[0-9a-f]{32})""")]
    private static partial Regex ImportToken();

    /// <summary>The app with a 1 MB upload limit and previews kept 30 minutes.</summary>
    public sealed class SmallUploadFactory : JindongWebFactory
    {
        public const int MaxBytes = 1024 * 1024;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Uploads:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Uploads:PreviewLifetime", "00:30:00");
        }
    }
}
