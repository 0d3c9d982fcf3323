using Jindong.Enterprises.Application.Dashboard;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages;

/// <summary>The dashboard, against the current plan or the one chosen (?plan=十五五).</summary>
public sealed class IndexModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Plan { get; set; }

    public DashboardView Dashboard { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync() => SendAsync(
        async () =>
        {
            Dashboard = await Mediator.Send(new GetDashboard(Plan));
            return Page();
        },
        async () =>
        {
            Dashboard = await Mediator.Send(new GetDashboard());
            return Page();
        });

    protected override string KeyOf(string field) => string.Empty;
}
