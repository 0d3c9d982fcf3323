using Jindong.Enterprises.Application.Tables;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>GET /api/reports/{progress|townships|industries|gaps|efficiency}?year=[&amp;asOf=yyyy-MM-dd][&amp;format=csv|xlsx]: JSON, or a download.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/{kind}", ReportAsync).WithTags("Reports");

    private static async Task<Results<Ok<object>, EmptyHttpResult, NotFound>> ReportAsync(
        string kind, int year, IMediator mediator, ITableWriter writer, HttpContext http, CancellationToken ct, string? format = null, DateOnly? asOf = null)
    {
        var report = await ReportTables.ForYearAsync(mediator, kind, year, ct, asOf);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        if (format is null || !TabularFormats.TryParse(format, out var chosen))
        {
            return TypedResults.Ok(report.Data);
        }

        await Downloads.WriteAsync(http, $"{report.Title}-{year}", chosen, output => writer.Write(output, chosen, report.Headers, report.Rows));
        return TypedResults.Empty;
    }
}
