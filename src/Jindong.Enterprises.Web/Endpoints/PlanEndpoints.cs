using Jindong.Enterprises.Application.Parks;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Tables;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>
/// /api/plans: the plan periods, their targets (one at a time or a file), official figures, closing,
/// the final evaluation; and a firm's park (/api/firms/{id}/park), which the 入园率 reads.
/// </summary>
internal static class PlanEndpoints
{
    public sealed record AddPlanRequest(string? Code, string? Title, int? BaseYear, int? FirstYear, int? LastYear, string? Source, string? Kind);

    public sealed record TargetRequest(
        string? Target, string? Tier, string? Indicator, string? Count, string? Base, string? Unit, string? Nature,
        string? Category, string? Name, string? Township, int? Year, string? Source, string? Reason);

    public sealed record OfficialRequest(string? Value, string? Source, bool? Reached);

    public sealed record CloseRequest(string? Reason);

    public sealed record ParkRequest(int? Year, string? Platform, string? MicroPark, string? Park, bool Outside = false, string? Reason = null);

    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags("Plans");
        plans.MapGet(string.Empty, async Task<Ok<IReadOnlyList<PlanSummary>>> (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListPlans(), ct)));
        plans.MapGet("/template", TemplateAsync);
        plans.MapGet("/{code}", async Task<Ok<PlanDetails>> (string code, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetPlan(code), ct)));
        plans.MapPost(string.Empty, async Task<Created<PlanSummary>> (AddPlanRequest body, IMediator mediator, CancellationToken ct) =>
        {
            var plan = await mediator.Send(
                new AddPlan(body.Code ?? string.Empty, body.Title ?? string.Empty, body.BaseYear ?? 0, body.FirstYear ?? 0, body.LastYear ?? 0, body.Source, body.Kind ?? "five-year"), ct);
            return TypedResults.Created($"/api/plans/{Uri.EscapeDataString(plan.Code)}", plan);
        });
        plans.MapPost("/{code}/targets", async Task<Ok<PlanTargetView>> (string code, TargetRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(
                new SetPlanTarget(code, body.Target ?? string.Empty)
                {
                    Tier = body.Tier, Indicator = body.Indicator, Count = body.Count, Base = body.Base, Unit = body.Unit, Nature = body.Nature,
                    Category = body.Category, Name = body.Name, Township = body.Township, Year = body.Year, Source = body.Source, Reason = body.Reason,
                },
                ct)));
        plans.MapPost("/{code}/targets/import", ImportAsync);
        plans.MapPost("/{code}/targets/{id:int}/official", async Task<Ok<PlanTargetView>> (string code, int id, OfficialRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RecordOfficialFigure(code, id, body.Value ?? string.Empty, body.Source ?? string.Empty, body.Reached), ct)));
        plans.MapPost("/{code}/close", async Task<Ok<PlanSummary>> (string code, CloseRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ClosePlan(code, body.Reason ?? string.Empty), ct)));
        plans.MapGet("/{code}/evaluation", EvaluationAsync);

        app.MapPut("/api/firms/{id:int}/park", async Task<Ok<ParkPlaceView>> (int id, ParkRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetParkPlace(id, body.Year ?? 0, body.Platform, body.MicroPark, body.Park, body.Outside, body.Reason), ct))).WithTags("Firms");
    }

    /// <summary>The file is the request body (text/csv or the .xlsx type, as `curl --data-binary` sends it), named by ?file=; the API takes no form posts.</summary>
    private static async Task<Ok<PlanTargetsImported>> ImportAsync(string code, string? file, HttpRequest request, IMediator mediator, CancellationToken ct)
    {
        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content, ct);
        content.Position = 0;
        return TypedResults.Ok(await mediator.Send(new ImportPlanTargets(code, file ?? string.Empty) { Content = content }, ct));
    }

    private static async Task<Results<Ok<object>, EmptyHttpResult>> EvaluationAsync(
        string code, IMediator mediator, ITableWriter writer, HttpContext http, CancellationToken ct, string? format = null)
    {
        var report = (await ReportTables.ForPlanAsync(mediator, "evaluation", code, ct))!;
        if (format is null || !TabularFormats.TryParse(format, out var chosen))
        {
            return TypedResults.Ok(report.Data);
        }

        await Downloads.WriteAsync(http, $"{report.Title}-{code}", chosen, output => writer.Write(output, chosen, report.Headers, report.Rows));
        return TypedResults.Empty;
    }

    /// <summary>The targets file template (?format=xlsx, the default, or csv), with the example rows.</summary>
    private static async Task<EmptyHttpResult> TemplateAsync(ITableWriter writer, HttpContext http, string? format = null)
    {
        var chosen = format is not null && TabularFormats.TryParse(format, out var parsed) ? parsed : TabularFormat.Xlsx;
        await Downloads.WriteAsync(http, PlanTargetsFile.TemplateName, chosen, output => writer.Write(output, chosen, PlanTargetsFile.Headers, PlanTargetsFile.ExampleRows));
        return TypedResults.Empty;
    }
}
