using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Infrastructure.Persistence;
using Jindong.Enterprises.Testing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Import.Tests.Support;

/// <summary>
/// The registry on the test's own seeded database (<see cref="RegistryHost"/>: SQLite, or the
/// PostgreSQL of JINDONG_TEST_POSTGRES), and a folder for the files a test imports.
/// </summary>
public sealed class ImportApp : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("jindong-import-").FullName;
    private RegistryHost? host;

    private RegistryHost Host => host ?? throw new InvalidOperationException("Not started.");

    public FakeTimeProvider Clock => Host.Clock;

    public TestUser User => Host.User;

    public async Task InitializeAsync() => host = await RegistryHost.StartAsync(user: new TestUser("导入测试员"));

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        Directory.Delete(directory, recursive: true);
    }

    /// <summary>A path in the test's own folder.</summary>
    public string PathOf(string fileName) => Path.Combine(directory, fileName);

    public string WriteFile(string fileName, byte[] content)
    {
        var path = PathOf(fileName);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request) => Host.SendAsync(request);

    public Task<ImportOutcome> ImportAsync(string path, int year = 2024, bool dryRun = false, bool registerUnknown = false, string? sheet = null, string? errors = null) =>
        SendAsync(new ImportAnnualFigures(path, year, dryRun, sheet, registerUnknown, errors));

    /// <summary>Imports a file that must be refused, checks that nothing was written, and returns the messages by key.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(string path, bool registerUnknown = false, string? errors = null)
    {
        var before = await SnapshotAsync();
        var exception = await Assert.ThrowsAnyAsync<InputValidationException>(() => ImportAsync(path, registerUnknown: registerUnknown, errors: errors));
        Assert.Equal(before, await SnapshotAsync());
        return exception.Errors;
    }

    public Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query) => Host.QueryAsync(query);

    /// <summary>Row counts and version sums of every table an import writes: equal means nothing was written.</summary>
    public Task<TableCounts> SnapshotAsync() => Host.CountsAsync();

    public Task<int> FirmIdAsync(int listNo) =>
        QueryAsync(db => db.Enterprises.Where(e => e.ListNo == listNo).Select(e => e.Id).SingleAsync());
}
