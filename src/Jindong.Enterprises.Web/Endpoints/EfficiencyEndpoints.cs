using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Tables;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>
/// /api/efficiency: the year's 亩均 method (read, copy from an earlier year, replace with the method
/// file's JSON), the evaluation workflow (run, flag, dismiss, publish, object, decide, finalize), a
/// firm's explanation, what-if and record, its parcels (recorded or replaced by number; the CLI removes one),
/// profile and remediation case.
/// </summary>
internal static class EfficiencyEndpoints
{
    public sealed record CopyRequest(int? FromYear, string? Name, string? Source);

    public sealed record ReasonRequest(string? Reason);

    public sealed record PublishRequest(DateOnly? End, DateOnly? Start);

    public sealed record ObjectionRequest(string? Reason, string? Attachment);

    public sealed record DecisionRequest(bool Uphold, string? Reason);

    public sealed record ParcelRequest(string? Number, decimal? Area, string? Tenure, int? FromYear, int? ToYear);

    public sealed record ProfileRequest(int? EstablishedYear, string? Kind);

    public sealed record PlanRequest(string? Action, DateOnly? Deadline, bool InProgress, string? Notes, int? ExpectedVersion);

    public sealed record CloseRequest(string? Outcome, int? ExpectedVersion);

    public static void MapEfficiencyEndpoints(this IEndpointRouteBuilder app)
    {
        var methods = app.MapGroup("/api/efficiency/methods/{year:int}").WithTags("Efficiency");
        methods.MapGet(string.Empty, async Task<Ok<MethodView>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetEfficiencyMethod(year), ct)));
        methods.MapPost("/copy", async Task<Created<MethodView>> (int year, CopyRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created($"/api/efficiency/methods/{year}", await mediator.Send(new CopyEfficiencyMethod(year, body.FromYear, body.Name, body.Source), ct)));
        // The body is the method file (`efficiency method show --format json`); a malformed one is refused naming its line and column.
        methods.MapPut(string.Empty, async Task<Ok<MethodView>> (int year, int? expectedVersion, HttpRequest request, IMediator mediator, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var terms = MethodJson.Read(await reader.ReadToEndAsync(ct));
            return TypedResults.Ok(await mediator.Send(new DefineEfficiencyMethod(year, terms, expectedVersion), ct));
        }).Accepts<object>("application/json");

        var evaluations = app.MapGroup("/api/efficiency/{year:int}").WithTags("Efficiency");
        evaluations.MapGet(string.Empty, async Task<Ok<EvaluationView>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetEfficiencyEvaluation(year), ct)));
        evaluations.MapPost("/run", async Task<Ok<EvaluationRun>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RunEfficiencyEvaluation(year), ct)));
        evaluations.MapPost("/publish", async Task<Ok<EvaluationPublished>> (int year, PublishRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new PublishEfficiencyEvaluation(year, body.End ?? default, body.Start), ct)));
        evaluations.MapPost("/finalize", async Task<Ok<EvaluationFinalized>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new FinalizeEfficiencyEvaluation(year), ct)));

        var firm = evaluations.MapGroup("/firms/{firmId:int}");
        firm.MapGet(string.Empty, async Task<Ok<ExplanationView>> (int year, int firmId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetEfficiencyExplanation(year, firmId), ct)));
        firm.MapGet("/explanation", async Task<Results<Ok<object>, EmptyHttpResult>> (int year, int firmId, string? format, IMediator mediator, ITableWriter writer, HttpContext http, CancellationToken ct) =>
        {
            var table = await EfficiencyTables.ExplanationAsync(mediator, year, firmId, ct);
            if (format is null || !TabularFormats.TryParse(format, out var chosen))
            {
                return TypedResults.Ok(table.Data);
            }

            await Downloads.WriteAsync(http, $"{table.Title}-{year}-{firmId}", chosen, output => writer.Write(output, chosen, table.Headers, table.Rows));
            return TypedResults.Empty;
        });
        firm.MapGet("/whatif", async Task<Ok<WhatIfView>> (int year, int firmId, string to, string? measure, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetEfficiencyWhatIf(year, firmId, to, measure ?? "tax"), ct)));
        firm.MapPost("/flag", async Task<Ok<FlagView>> (int year, int firmId, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new FlagEfficiencyResult(year, firmId, body.Reason ?? string.Empty), ct)));
        firm.MapPost("/flag/dismiss", async Task<Ok<FlagView>> (int year, int firmId, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DismissEfficiencyFlag(year, firmId, body.Reason ?? string.Empty), ct)));
        firm.MapPost("/objection", async Task<Ok<ObjectionView>> (int year, int firmId, ObjectionRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RecordEfficiencyObjection(year, firmId, body.Reason ?? string.Empty, body.Attachment), ct)));
        firm.MapPost("/objection/decision", async Task<Ok<ObjectionView>> (int year, int firmId, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DecideEfficiencyObjection(year, firmId, body.Uphold, body.Reason ?? string.Empty), ct)));

        var record = app.MapGroup("/api/firms/{firmId:int}/efficiency").WithTags("Efficiency");
        record.MapGet(string.Empty, async Task<Ok<FirmEfficiencyView>> (int firmId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetFirmEfficiency(firmId), ct)));
        record.MapPut("/parcels", async Task<Ok<ParcelView>> (int firmId, ParcelRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new RecordLandParcel(firmId, body.Number ?? string.Empty, body.Area ?? 0m, body.Tenure ?? string.Empty, body.FromYear ?? 0, body.ToYear), ct)));
        record.MapPut("/profile", async Task<Ok<ProfileView>> (int firmId, ProfileRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetEfficiencyProfile(firmId, body.EstablishedYear, body.Kind), ct)));
        record.MapPut("/case", async Task<Ok<CaseView>> (int firmId, PlanRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new PlanRemediation(firmId, body.Action, body.Deadline, body.InProgress, body.Notes, body.ExpectedVersion), ct)));
        record.MapPost("/case/close", async Task<Ok<CaseView>> (int firmId, CloseRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new CloseRemediation(firmId, body.Outcome ?? string.Empty, body.ExpectedVersion), ct)));
    }
}
