using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Web.Hosting;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages;

/// <summary>The dashboard, against the current plan or the one chosen (?plan=十五五).</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Plan { get; set; }

    public DashboardView Dashboard { get; private set; } = null!;

    /// <summary>The year of the 预警 panel: the last full year.</summary>
    public int WatchYear => Pages.Watch.IndexModel.DefaultYear(clock);

    /// <summary>The 预警 panel: per township, the firms each watch list names.</summary>
    public IReadOnlyList<Application.Watch.WatchCount> Watch { get; private set; } = [];

    /// <summary>For an administrator of a registry not yet set up: what to do first.</summary>
    public FirstSteps? FirstSteps { get; private set; }

    /// <summary>The dashboard of the chosen plan; a refused plan shows the current one with the message.</summary>
    public Task<IActionResult> OnGetAsync() => SendAsync(
        async () =>
        {
            await LoadAsync(Plan);
            return Page();
        },
        async () =>
        {
            await LoadAsync(null);
            return Page();
        });

    private async Task LoadAsync(string? plan)
    {
        Dashboard = await Mediator.Send(new GetDashboard(plan));
        Watch = await Mediator.Send(new Application.Watch.GetWatchCounts(WatchYear));
        if (User.May(Application.Common.Security.Permission.Administer))
        {
            var steps = await Mediator.Send(new GetFirstSteps());
            FirstSteps = steps.AllDone ? null : steps;
        }
    }

    protected override string KeyOf(string field) => string.Empty;
}
