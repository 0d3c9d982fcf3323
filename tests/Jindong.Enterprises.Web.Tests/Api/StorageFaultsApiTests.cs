using System.Net;
using System.Net.Http.Json;
using Jindong.Enterprises.Testing.Faults;
using Jindong.Enterprises.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Jindong.Enterprises.Web.Tests.Api;

/// <summary>A database that cannot be written answers 503 with a plain message, not a stack trace.</summary>
public sealed class StorageFaultsApiTests(JindongWebFactory app, ITestOutputHelper output) : IClassFixture<JindongWebFactory>
{
    [Fact]
    public async Task Recording_figures_on_a_read_only_database_is_503_with_a_message_naming_it_and_writes_nothing()
    {
        var client = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(9);

        HttpResponseMessage response;
        await using (var readOnly = await ReadOnlyDatabase.MakeAsync(app.Database))
        {
            output.WriteLine($"read-only by: {readOnly.Mechanism}");
            response = await client.PostAsJsonAsync($"/api/firms/{firm}/figures", new { year = 2023, output = 52000, tax = 900, land = 80 });
        }

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        var title = problem.GetProperty("title").GetString()!;
        Assert.Contains("是只读的，无法写入", title, StringComparison.Ordinal);
        Assert.Contains(app.Database.Name, title, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.AnnualFigures.CountAsync(f => f.EnterpriseId == firm)));
    }

    /// <summary>
    /// SQLite: the database's write-ahead log made immutable (<c>chattr +i</c>, as root) while the
    /// server has it open, so the next write fails in the file system. PostgreSQL keeps its log in
    /// the server's own files, out of a client's reach: there the server's answer to a failed write
    /// of its files (SQLSTATE 58030, io_error) is sent by the database itself, through the app.
    /// </summary>
    [Fact]
    public async Task Recording_figures_when_the_database_files_cannot_be_written_is_503_with_a_message_and_writes_nothing()
    {
        var client = await app.SignedInClientAsync("admin");
        var firm = await app.FirmIdAsync(11);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/firms/{firm}/figures", new { year = 2022, output = 12000 })).StatusCode);

        HttpResponseMessage response;
        await using (var fault = await WriteFault.MakeAsync(app.Database))
        {
            output.WriteLine($"write fault by: {fault.Mechanism}");
            response = await client.PostAsJsonAsync($"/api/firms/{firm}/figures", new { year = 2023, output = 52000 });
        }

        var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains(app.Database.Name, problem.GetProperty("title").GetString()!, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.AnnualFigures.CountAsync(f => f.EnterpriseId == firm)));
    }
}
