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
}
