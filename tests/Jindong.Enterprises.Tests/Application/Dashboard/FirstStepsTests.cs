using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Testing;
using Jindong.Enterprises.Tests.Support;

namespace Jindong.Enterprises.Tests.Application.Dashboard;

/// <summary>The dashboard's 「开始使用」 for an administrator: each step done once the registry shows it done.</summary>
public sealed class FirstStepsTests : RegistryTest
{
    [Fact]
    public async Task A_new_registry_has_every_step_to_do_and_each_is_done_by_doing_it()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var fresh = await App.SendAsync(new GetFirstSteps());

        await App.SendAsync(new CreateUser("xiaoshun", "Jindong-first-steps-2026", "township", "孝顺镇"));
        await App.SendAsync(RecordFigures.Of(await App.FirmIdAsync(9), 2025, 150_000m));
        await App.SendAsync(new StartAnnualReview(2025));
        var almost = await App.SendAsync(new GetFirstSteps());
        await App.SendAsync(new AddPlan("十五五", "十五五", 2025, 2026, 2030));
        var done = await App.SendAsync(new GetFirstSteps());

        Assert.Equal(new FirstSteps(false, false, false, false), fresh);
        Assert.Equal(new FirstSteps(true, true, true, false), almost);
        Assert.True(done.AllDone);
    }
}
