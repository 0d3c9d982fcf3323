using Jindong.Enterprises.Application.Tables;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Reports;

/// <summary>The reports, one at a time, with CSV and Excel downloads of the same rows.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = "progress";

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear => Year ?? clock.GetLocalNow().Year - 1;

    public ReportTable? Report { get; private set; }

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        Report = await ReportTables.ForYearAsync(Mediator, Kind, ShownYear, HttpContext.RequestAborted);
        if (Report is null)
        {
            Kind = "progress";
            Report = await ReportTables.ForYearAsync(Mediator, Kind, ShownYear, HttpContext.RequestAborted);
        }
    });
}
