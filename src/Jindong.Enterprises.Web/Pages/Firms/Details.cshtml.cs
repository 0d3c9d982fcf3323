using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

public sealed class DetailsModel(IMediator mediator) : JindongPageModel(mediator)
{
    public EnterpriseDetails Firm { get; private set; } = null!;

    public TargetGapView? Gap { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => ReadAsync(async () =>
    {
        Firm = await Mediator.Send(new GetEnterprise(id));
        Gap = await Mediator.Send(new GetTargetGap(id));
    });
}
