using System.Net;
using System.Text;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Web.Tests.Support;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>
/// Files built to break the import, uploaded through the import page as a browser posts them: the
/// page answers with its Chinese refusal beside the form, never an error page, and writes nothing.
/// </summary>
public sealed class HostileImportUploadTests(JindongWebFactory app) : IClassFixture<JindongWebFactory>
{
    public static TheoryData<string, string> Files() => new()
    {
        { "columns.csv", "超过 16384 列" },
        { "cell.csv", "超过 32767 个字符" },
        { "cut.xlsx", "损坏" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_hostile_upload_is_refused_on_the_page_in_chinese_and_writes_nothing(string name, string message)
    {
        var client = await app.SignedInClientAsync("admin");
        var before = await app.QueryAsync(TableCounts.OfAsync);

        using var response = await ImportUpload.PreviewAsync(client, name, Content(name));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.InRange(html.Length, 1, 200_000);
        Assert.Equal(before, await app.QueryAsync(TableCounts.OfAsync));
    }

    private static byte[] Content(string name) => name switch
    {
        "columns.csv" => Encoding.UTF8.GetBytes("企业名称,工业总产值," + string.Join(',', Enumerable.Range(0, 1_000_000)) + "\n浙江曙光信息技术有限公司,5\n"),
        "cell.csv" => Encoding.UTF8.GetBytes($"企业名称,工业总产值\n{new string('企', 3_000_000)},5\n"),
        _ => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xFF],
    };
}
