using Jindong.Enterprises.Application.Dashboard;
using MediatR;

namespace Jindong.Enterprises.Web.Pages;

public sealed class IndexModel(IMediator mediator) : JindongPageModel(mediator)
{
    public DashboardView Dashboard { get; private set; } = null!;

    public async Task OnGetAsync() => Dashboard = await Mediator.Send(new GetDashboard());
}
