using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Reports;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.OpenApi;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>
/// GET /api/reports/{progress|townships|industries|gaps|efficiency|classes|remediation}?year=[&amp;asOf=yyyy-MM-dd][&amp;format=json|csv|xlsx]:
/// each report's rows as a JSON array, or the same rows as a CSV or Excel download.
/// </summary>
internal static class ReportEndpoints
{
    /// <summary>The values <c>format</c> takes; without it the answer is JSON.</summary>
    public static readonly IReadOnlyList<string> Formats = ["json", .. Enum.GetValues<TabularFormat>().Select(f => f.Extension())];

    public static void MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports").WithTags(ApiTags.Reports).Problems(ApiProblems.Read);
        Map(reports, "progress", "GetProgressReport", "Firms per tier: in each band and cumulative (at or above), beside the covering plan's base and targets",
            (mediator, year, asOf, ct) => mediator.Send(new GetProgressReport(year, asOf), ct));
        Map(reports, "townships", "GetTownshipReport", "Firms per township and tier, in the band and cumulative",
            (mediator, year, asOf, ct) => mediator.Send(new GetTownshipReport(year, asOf), ct));
        Map(reports, "industries", "GetIndustryReport", "Firms per category, industry and segment, and tier",
            (mediator, year, asOf, ct) => mediator.Send(new GetIndustryReport(year, asOf), ct));
        Map(reports, "gaps", "GetGapReport", "Each firm's gap to its cultivation target and the yearly growth it needs by the covering plan's last year",
            (mediator, year, asOf, ct) => mediator.Send(new GetGapReport(year, asOf), ct));
        Map(reports, "efficiency", "GetEfficiencyReport", "Each firm's 亩均 result of the year as computed district-wide: per-mu tax and value added, the low-efficiency line, score, rank and class; empty before the year is run",
            async (mediator, year, _, ct) => (await mediator.Send(new GetEfficiencyReport(year), ct))?.Rows ?? []);
        Map(reports, "classes", "GetClassDistribution", "The 亩均 classes of each evaluated year up to this one: firms per population and class, and their share",
            (mediator, year, _, ct) => mediator.Send(new GetClassDistribution(year), ct));
        Map(reports, "remediation", "GetRemediationReport", "The low-efficiency firms' remediation cases of the year and those still open, by responsible township",
            (mediator, year, _, ct) => mediator.Send(new GetRemediationReport(year), ct));
    }

    /// <param name="rows">The report's rows for a year, as the registry stood on <c>asOf</c> where the report reads states (null: the year's end).</param>
    private static void Map<TRow>(RouteGroupBuilder reports, string kind, string operationId, string summary, Func<IMediator, int, DateOnly?, CancellationToken, Task<IReadOnlyList<TRow>>> rows) =>
        reports.MapGet("/" + kind, async Task<Results<Ok<IReadOnlyList<TRow>>, EmptyHttpResult>> (int year, IMediator mediator, ITableWriter writer, HttpContext http, CancellationToken ct, string? format = null, DateOnly? asOf = null) =>
            {
                if (TabularOf(format) is not { } tabular)
                {
                    return TypedResults.Ok(await rows(mediator, year, asOf, ct));
                }

                var report = await ReportTables.ForYearAsync(mediator, kind, year, ct, asOf)
                    ?? throw new InvalidOperationException($"The report '{kind}' has no table.");
                await Downloads.WriteAsync(http, $"{report.Title}-{year}", tabular, output => writer.Write(output, tabular, report));
                return TypedResults.Empty;
            })
            .WithName(operationId)
            .WithSummary(summary)
            .WithDescription("JSON rows by default; `format=csv` or `format=xlsx` answers the same rows as a download, headers in the user's language.")
            .AddOpenApiOperationTransformer(ApiDocument.AlsoDownloadsAsync);

    /// <summary>The download format asked for; null for JSON. A format there is none of is refused, never answered with JSON.</summary>
    internal static TabularFormat? TabularOf(string? format) =>
        string.IsNullOrWhiteSpace(format) || string.Equals(format.Trim(), "json", StringComparison.OrdinalIgnoreCase) ? null
        : TabularFormats.TryParse(format, out var chosen) ? chosen
        : throw new InputValidationException(nameof(format), string.Format(CultureInfo.CurrentCulture, WebText.ReportFormatInvalid, format));
}
