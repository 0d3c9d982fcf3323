using System.Globalization;
using Jindong.Enterprises.Application;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Infrastructure;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Jindong.Enterprises.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Jindong.Enterprises.Import.Tests.Support;

/// <summary>
/// The registry as the CLI builds it — real mediator pipeline, a real database (SQLite, or the
/// PostgreSQL of JINDONG_TEST_POSTGRES) migrated and seeded — with a fake clock, a test user, and
/// a folder for the files a test imports.
/// </summary>
public sealed class ImportApp : IAsyncLifetime
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private readonly string directory = Directory.CreateTempSubdirectory("jindong-import-").FullName;
    private ServiceProvider? provider;
    private TestDatabase? database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    public TestUser User { get; } = new();

    private ServiceProvider Services => provider ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        UseChinese();
        database = await TestDatabase.CreateSeededAsync();
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddInfrastructure(database.Options);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(User);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async Task DisposeAsync()
    {
        if (provider is not null)
        {
            await provider.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
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

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        UseChinese();
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, CancellationToken.None);
    }

    public Task<ImportOutcome> ImportAsync(string path, int year = 2024, bool dryRun = false, bool registerUnknown = false, string? sheet = null, string? errors = null) =>
        SendAsync(new ImportAnnualFigures(path, year, dryRun, sheet, registerUnknown, errors));

    /// <summary>Imports a file that must be refused, checks that nothing was written, and returns the messages by key.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> RefusedAsync(string path, bool registerUnknown = false, string? errors = null)
    {
        var before = await SnapshotAsync();
        var exception = await Assert.ThrowsAsync<InputValidationException>(() => ImportAsync(path, registerUnknown: registerUnknown, errors: errors));
        Assert.Equal(before, await SnapshotAsync());
        return exception.Errors;
    }

    public async Task<T> QueryAsync<T>(Func<JindongDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JindongDbContext>());
    }

    /// <summary>Row counts and version sums of every table an import writes: equal means nothing was written.</summary>
    public Task<Snapshot> SnapshotAsync() => QueryAsync(async db => new Snapshot(
        await db.Enterprises.CountAsync(),
        await db.Enterprises.SumAsync(e => e.Version),
        await db.AuditEntries.CountAsync(),
        await db.AnnualFigures.CountAsync(),
        await db.AnnualFigures.SumAsync(f => f.Version),
        await db.AnnualFiguresRevisions.CountAsync(),
        await db.TierMoves.CountAsync()));

    public Task<int> FirmIdAsync(int listNo) =>
        QueryAsync(db => db.Enterprises.Where(e => e.ListNo == listNo).Select(e => e.Id).SingleAsync());

    private static void UseChinese()
    {
        CultureInfo.DefaultThreadCurrentUICulture = Chinese;
        CultureInfo.CurrentUICulture = Chinese;
    }
}

public sealed record Snapshot(int Enterprises, int EnterpriseVersions, int AuditEntries, int Figures, int FigureVersions, int Revisions, int TierMoves);

/// <summary>The signed-in user of a test; bureau staff until a test says otherwise.</summary>
public sealed class TestUser : ICurrentUser
{
    public string Name { get; private set; } = "导入测试员";

    public UserRole Role { get; private set; } = UserRole.Admin;

    public int? TownshipId { get; private set; }

    public void Become(UserRole role, int? townshipId = null)
    {
        Role = role;
        TownshipId = townshipId;
    }
}
