using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Infrastructure.Persistence;

/// <summary>The version every cache in every process checks: raised with each committed change, and only then.</summary>
public sealed class RegistryVersionTests : RegistryTest
{
    [Fact]
    public async Task Every_committed_command_raises_the_registry_version()
    {
        var start = await VersionAsync();

        var id = await App.SendAsync(new RegisterEnterprise("金华金东版本测试有限公司", "多湖街道"));
        var registered = await VersionAsync();
        await App.SendAsync(new RecordAnnualFigures(id, 2023, FigureChanges.Of([KeyValuePair.Create(Measure.Output, (decimal?)12_000m)])));
        var recorded = await VersionAsync();

        Assert.True(start < registered && registered < recorded, $"{start} → {registered} → {recorded}");
    }

    [Fact]
    public async Task A_refused_command_and_a_read_leave_the_registry_version_as_it_was()
    {
        var start = await VersionAsync();

        await App.RefusedAsync(new RecordAnnualFigures(await App.FirmIdAsync(9), 2023, FigureChanges.Of([KeyValuePair.Create(Measure.Output, (decimal?)-5m)])));
        await App.SendAsync(new ListEnterprises());

        Assert.Equal(start, await VersionAsync());
    }

    private Task<long> VersionAsync() => App.QueryAsync(db => db.RegistryVersionAsync(CancellationToken.None));
}
