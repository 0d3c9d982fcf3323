using Jindong.Enterprises.Testing;
using System.Globalization;
using System.Text;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Import.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Import.Tests.Concurrency;

/// <summary>An import and people recording the same firms' figures at the same time: nothing lost, nothing deadlocked.</summary>
public sealed class ImportAlongsideRecordsTests : IAsyncLifetime
{
    private const int Year = 2024;
    private const int Writers = 8;
    private const int WritesEach = 4;

    private readonly ImportApp app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Records_sent_during_an_import_of_the_same_firms_are_all_kept_with_the_import()
    {
        var firms = await app.QueryAsync(db => db.Enterprises.Where(e => e.ListNo != null).OrderBy(e => e.ListNo)
            .Select(e => new { e.Id, e.Name }).ToListAsync());
        var file = new StringBuilder("企业名称,工业总产值\n");
        foreach (var firm in firms)
        {
            file.Append(CultureInfo.InvariantCulture, $"{firm.Name},{30_000 + firm.Id}\n");
        }

        var path = app.WriteFile("2024.csv", Files.Utf8(file.ToString()));
        var raced = firms.Take(Writers).Select(f => f.Id).ToList();

        var import = Task.Run(() => app.ImportAsync(path, Year));
        var records = raced.Select((firm, writer) => Task.Run(async () =>
        {
            var succeeded = 0;
            for (var i = 0; i < WritesEach; i++)
            {
                // Distinct outputs, so every kept version can be traced to one write.
                await app.SendAsync(RecordFigures.Of(firm, Year, 40_000 + (writer * 100) + i));
                succeeded++;
            }

            return succeeded;
        })).ToList();

        var outcome = await import;
        var written = await Task.WhenAll(records);

        Assert.Equal(firms.Count, outcome.Added + outcome.Corrected);
        Assert.All(written, n => Assert.Equal(WritesEach, n));
        foreach (var firm in raced)
        {
            var current = await app.QueryAsync(db => db.AnnualFigures.SingleAsync(f => f.EnterpriseId == firm && f.Year == Year));
            var kept = await app.QueryAsync(db => db.AnnualFiguresRevisions
                .Where(r => r.EnterpriseId == firm && r.Year == Year).Select(r => r.Values.OutputWan).ToListAsync());
            var outputs = kept.Append(current.Values.OutputWan).ToList();

            // The import's value and each of the writer's values exactly once, as the current figures or a kept revision.
            Assert.Equal(1 + WritesEach, current.Version);
            Assert.Equal(1 + WritesEach, outputs.Count);
            Assert.Contains(30_000m + firm, outputs);
            // The figures' entries; a record that came before the import also audits the firm's initial tier.
            var audited = await app.QueryAsync(db => db.AuditEntries
                .Where(a => a.EnterpriseId == firm && a.Command == nameof(RecordAnnualFigures) && a.After!.StartsWith("{\"year\""))
                .Select(a => a.Before + " -> " + a.After).ToListAsync());
            Assert.True(audited.Count == WritesEach, string.Join("\n", audited));
        }

        Assert.Equal(1, await app.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Command == nameof(ImportAnnualFigures) && a.EnterpriseId == null)));
    }

    [Fact]
    public async Task A_record_refused_for_a_stale_version_during_an_import_is_the_documented_conflict()
    {
        var firm = await app.FirmIdAsync(1);
        await app.SendAsync(RecordFigures.Of(firm, Year, 1000));
        var name = await app.QueryAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.Name).SingleAsync());
        var path = app.WriteFile("one.csv", Files.Utf8($"企业名称,工业总产值\n{name},2000\n"));

        await app.ImportAsync(path, Year);
        var stale = await Assert.ThrowsAsync<ConflictException>(() => app.SendAsync(RecordFigures.Of(firm, Year, 3000, ExpectedVersion: 1)));

        Assert.Contains("已被他人修改", stale.Message, StringComparison.Ordinal);
    }
}
