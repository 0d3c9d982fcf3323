using Jindong.Enterprises.Application.Import;
using Jindong.Enterprises.Web.Display;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>GET /api/reports/{progress|townships|industries|gaps|efficiency}?year=[&amp;format=csv|xlsx]: JSON, or a download.</summary>
internal static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/reports/{kind}", ReportAsync).WithTags("Reports");

    private static async Task<Results<Ok<object>, FileContentHttpResult, NotFound>> ReportAsync(
        string kind, int year, IMediator mediator, ITabularWriter writer, CancellationToken ct, string? format = null)
    {
        var report = await ReportTables.LoadAsync(mediator, kind, year, ct);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        var tabular = format?.ToUpperInvariant() switch
        {
            "CSV" => TabularFormat.Csv,
            "XLSX" => TabularFormat.Xlsx,
            _ => (TabularFormat?)null,
        };
        if (tabular is not { } chosen)
        {
            return TypedResults.Ok(report.Data);
        }

        var extension = chosen == TabularFormat.Csv ? "csv" : "xlsx";
        var file = Path.Combine(Path.GetTempPath(), $"jindong-report-{Guid.NewGuid():N}.{extension}");
        try
        {
            writer.Write(file, chosen, report.Headers, report.Rows);
            var bytes = await File.ReadAllBytesAsync(file, ct);
            var contentType = chosen == TabularFormat.Csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return TypedResults.File(bytes, contentType, $"{report.Title}-{year}.{extension}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
