using Jindong.Enterprises.Application.Parks;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.OpenApi;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>
/// /api/plans: the plan periods, their targets (one at a time or a file), official figures, closing,
/// the final evaluation; and a firm's park (/api/firms/{id}/park), which the 入园率 reads.
/// </summary>
internal static class PlanEndpoints
{
    public sealed record AddPlanRequest(string? Code, string? Title, int? BaseYear, int? FirstYear, int? LastYear, string? Source = null, string? Kind = null);

    public sealed record TargetRequest(
        string? Target, string? Tier = null, string? Indicator = null, string? Count = null, string? Base = null, string? Unit = null,
        string? Nature = null, string? Category = null, string? Name = null, string? Township = null, int? Year = null, string? Source = null,
        string? Reason = null);

    public sealed record OfficialRequest(string? Value, string? Source = null, bool? Reached = null);

    public sealed record CloseRequest(string? Reason);

    public sealed record ParkRequest(int? Year, string? Platform = null, string? MicroPark = null, string? Park = null, bool Outside = false, string? Reason = null);

    public static void MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans").WithTags(ApiTags.Plans);
        plans.MapGet(string.Empty, async Task<Ok<IReadOnlyList<PlanSummary>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPlans(), ct)))
            .WithName("ListPlans").WithSummary("Every plan period, oldest first").Problems(ApiProblems.Read);
        plans.MapGet("/template", TemplateAsync)
            .WithName("GetPlanTargetsTemplate").WithSummary("The targets file template with its example rows: format=xlsx (the default) or csv").Problems(ApiProblems.Read)
            .Produces(StatusCodes.Status200OK).AddOpenApiOperationTransformer(ApiDocument.AlsoDownloadsAsync);
        plans.MapGet("/{code}", async Task<Ok<PlanDetails>> (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPlan(code), ct)))
            .WithName("GetPlan").WithSummary("One plan period with every target, its breakdowns and official figures").Problems(ApiProblems.Read | ApiProblems.NotFound);
        plans.MapPost(string.Empty, async Task<Created<PlanSummary>> (AddPlanRequest body, IMediator mediator, CancellationToken ct) =>
        {
            var plan = await mediator.Send(
                new AddPlan(body.Code ?? string.Empty, body.Title ?? string.Empty, body.BaseYear ?? 0, body.FirstYear ?? 0, body.LastYear ?? 0, body.Source, body.Kind ?? "five-year"), ct);
            return TypedResults.Created($"/api/plans/{Uri.EscapeDataString(plan.Code)}", plan);
        })
            .WithName("AddPlan").WithSummary("Add a plan period (code, title, base year, first and last year)").Problems(ApiProblems.Write);
        plans.MapPost("/{code}/targets", async Task<Ok<PlanTargetView>> (string code, TargetRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(
                new SetPlanTarget(code, body.Target ?? string.Empty)
                {
                    Tier = body.Tier, Indicator = body.Indicator, Count = body.Count, Base = body.Base, Unit = body.Unit, Nature = body.Nature,
                    Category = body.Category, Name = body.Name, Township = body.Township, Year = body.Year, Source = body.Source, Reason = body.Reason,
                },
                ct)))
            .WithName("SetPlanTarget").WithSummary("Set or change one target of an open plan (a tier's firm count or an indicator), optionally for a township or a year").Problems(ApiProblems.Write | ApiProblems.NotFound);
        plans.MapPost("/{code}/targets/import", ImportAsync)
            .WithName("ImportPlanTargets").WithSummary("Set an open plan's targets from a file (the template's layout), all rows or none")
            .Accepts<string>("text/csv", TabularFormat.Xlsx.ContentType()).Problems(ApiProblems.Write | ApiProblems.NotFound);
        plans.MapPost("/{code}/targets/{id:int}/official", async Task<Ok<PlanTargetView>> (string code, int id, OfficialRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordOfficialFigure(code, id, body.Value ?? string.Empty, body.Source ?? string.Empty, body.Reached), ct)))
            .WithName("RecordOfficialFigure").WithSummary("Enter the official figure of a target the registry cannot compute (需外部数据), with its source").Problems(ApiProblems.Write | ApiProblems.NotFound);
        plans.MapPost("/{code}/close", async Task<Ok<PlanSummary>> (string code, CloseRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ClosePlan(code, body.Reason ?? string.Empty), ct)))
            .WithName("ClosePlan").WithSummary("Close a plan: its targets no longer change; official figures may still be entered").Problems(ApiProblems.Write | ApiProblems.NotFound);
        plans.MapGet("/{code}/evaluation", EvaluationAsync)
            .WithName("GetPlanEvaluation").WithSummary("The plan's final evaluation: each target beside its base and its value at the plan's last year, reached or not")
            .Problems(ApiProblems.Read | ApiProblems.NotFound).AddOpenApiOperationTransformer(ApiDocument.AlsoDownloadsAsync);

        app.MapPut("/api/firms/{id:int}/park", async Task<Ok<ParkPlaceView>> (int id, ParkRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetParkPlace(id, body.Year ?? 0, body.Platform, body.MicroPark, body.Park, body.Outside, body.Reason), ct)))
            .WithTags(ApiTags.Firms).WithName("SetParkPlace")
            .WithSummary("Record the park a firm is in from a year (a platform, a micro-park, another park, or outside), which 入园率 counts")
            .Problems(ApiProblems.Write | ApiProblems.NotFound);
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
        if (ReportEndpoints.TabularOf(format) is not { } chosen)
        {
            return TypedResults.Ok(report.Data);
        }

        await Downloads.WriteAsync(http, $"{report.Title}-{code}", chosen, output => writer.Write(output, chosen, report));
        return TypedResults.Empty;
    }

    /// <summary>The targets file template (?format=xlsx, the default, or csv), with the example rows.</summary>
    private static async Task<EmptyHttpResult> TemplateAsync(ITableWriter writer, HttpContext http, string? format = null)
    {
        var chosen = format is null ? TabularFormat.Xlsx : ReportEndpoints.TabularOf(format) ?? TabularFormat.Xlsx;
        await Downloads.WriteAsync(http, PlanTargetsFile.TemplateName, chosen, output => writer.Write(output, chosen, PlanTargetsFile.Headers, PlanTargetsFile.ExampleRows));
        return TypedResults.Empty;
    }
}
