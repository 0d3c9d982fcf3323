using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Reports;
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

    /// <summary>For the industries report: its rows beside every segment of Table 5-2.</summary>
    public IndustryMatrix? Industries { get; private set; }

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        if (!ReportTables.YearKinds.Contains(Kind))
        {
            Kind = "progress";
        }

        Report = await ReportTables.ForYearAsync(Mediator, Kind, ShownYear, HttpContext.RequestAborted, AsOf);
        if (Report?.Data is IReadOnlyList<IndustryRow> industries)
        {
            var reference = await Mediator.Send(new GetReferenceData());
            Industries = new(industries, reference.Segments, reference.Tiers);
        }
    });
}

/// <param name="Segments">Every segment in the plan's order, so that those without firms show as 0.</param>
/// <param name="Tiers">Every tier, lowest first, as the report's rows name them.</param>
public sealed record IndustryMatrix(IReadOnlyList<IndustryRow> Rows, IReadOnlyList<SegmentOption> Segments, IReadOnlyList<string> Tiers);
