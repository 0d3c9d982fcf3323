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

    /// <summary>Reprint the report as the registry stood at the end of this day.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    /// <summary>The query the downloads repeat, so a file holds exactly the rows shown.</summary>
    public string Query => $"year={ShownYear}" + (AsOf is { } day ? $"&asOf={day:yyyy-MM-dd}" : string.Empty);

    public ReportTable? Report { get; private set; }

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        if (!ReportTables.YearKinds.Contains(Kind))
        {
            Kind = "progress";
        }

        Report = await ReportTables.ForYearAsync(Mediator, Kind, ShownYear, HttpContext.RequestAborted, AsOf);
    });
}
