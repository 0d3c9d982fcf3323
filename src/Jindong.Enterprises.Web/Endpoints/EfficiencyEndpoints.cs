using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Web.OpenApi;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>
/// /api/efficiency/{year}: the year's 亩均 method (read, copy from an earlier year, replace with the method
/// file's JSON), the evaluation workflow (run, flag, dismiss, publish, object, decide, finalize), a
/// firm's explanation, what-if and record, its parcels (recorded or replaced by number; the CLI removes one),
/// profile and remediation case.
/// </summary>
internal static class EfficiencyEndpoints
{
    public sealed record CopyRequest(int? FromYear = null, string? Name = null, string? Source = null);

    public sealed record ReasonRequest(string Reason);

    public sealed record PublishRequest(DateOnly End, DateOnly? Start = null);

    public sealed record ObjectionRequest(string Reason, string? Attachment = null);

    public sealed record DecisionRequest(bool Uphold, string Reason);

    public sealed record ParcelRequest(string Number, decimal Area, string Tenure, int FromYear, int? ToYear = null);

    public sealed record ProfileRequest(int? EstablishedYear = null, string? Kind = null);

    public sealed record PlanRequest(string? Action = null, DateOnly? Deadline = null, bool InProgress = false, string? Notes = null, int? ExpectedVersion = null);

    public sealed record CloseRequest(string Outcome, int? ExpectedVersion = null);

    public static void MapEfficiencyEndpoints(this IEndpointRouteBuilder app)
    {
        var year = app.MapGroup("/api/efficiency/{year:int}").WithTags(ApiTags.Efficiency);
        year.MapGet("/method", async Task<Ok<MethodView>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEfficiencyMethod(year), ct)))
            .WithName("GetEfficiencyMethod").WithSummary("The year's method: indicators, weights, benchmarks, classes, rules, exemptions and the low-efficiency line").Problems(ApiProblems.Read | ApiProblems.NotFound);
        year.MapPost("/method/copy", async Task<Created<MethodView>> (int year, CopyRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/efficiency/{year}/method", await mediator.Send(new CopyEfficiencyMethod(year, body.FromYear, body.Name, body.Source), ct)))
            .WithName("CopyEfficiencyMethod").WithSummary("Create the year's method as a copy of an earlier year's (the latest before it unless fromYear names one)").Problems(ApiProblems.Write | ApiProblems.NotFound);
        // The body is the method file (`efficiency method show --format json`); a malformed one is refused naming its line and column.
        year.MapPut("/method", async Task<Ok<MethodView>> (int year, HttpRequest request, IMediator mediator, CancellationToken ct, int? expectedVersion = null) =>
            {
                using var reader = new StreamReader(request.Body);
                var terms = MethodJson.Read(await reader.ReadToEndAsync(ct));
                return TypedResults.Ok(await mediator.Send(new DefineEfficiencyMethod(year, terms, expectedVersion), ct));
            })
            .WithName("DefineEfficiencyMethod").WithSummary("Replace the year's method with the method file's JSON; refused once the year is published")
            .WithDescription("The body is the method file exactly as GET …/method answers `terms` and `jindong efficiency method show --format json` writes it (fields in docs/efficiency.md); it is read as a file, so a malformed one is refused naming its line and column.").Problems(ApiProblems.Write | ApiProblems.NotFound);

        year.MapGet(string.Empty, async Task<Ok<EvaluationView>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEfficiencyEvaluation(year), ct)))
            .WithName("GetEfficiencyEvaluation").WithSummary("The year's evaluation: where it stands, every visible firm's district-wide result, the flags and objections").Problems(ApiProblems.Read | ApiProblems.NotFound);
        year.MapPost("/run", async Task<Ok<EvaluationRun>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RunEfficiencyEvaluation(year), ct)))
            .WithName("RunEfficiencyEvaluation").WithSummary("Compute every firm with the year's figures, district-wide, under the year's method; again until published").Problems(ApiProblems.Write | ApiProblems.NotFound);
        year.MapPost("/publish", async Task<Ok<EvaluationPublished>> (int year, PublishRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishEfficiencyEvaluation(year, body.End, body.Start), ct)))
            .WithName("PublishEfficiencyEvaluation").WithSummary("Start the 公示 (from today unless start is given, to end inclusive, China dates); refused while a flag is open").Problems(ApiProblems.Write | ApiProblems.NotFound);
        year.MapPost("/finalize", async Task<Ok<EvaluationFinalized>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FinalizeEfficiencyEvaluation(year), ct)))
            .WithName("FinalizeEfficiencyEvaluation").WithSummary("Freeze the classes after the 公示 with every objection decided; opens a remediation case per low-efficiency firm").Problems(ApiProblems.Write | ApiProblems.NotFound);

        var firm = year.MapGroup("/firms/{firmId:int}");
        firm.MapGet(string.Empty, async Task<Ok<ExplanationView>> (int year, int firmId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEfficiencyExplanation(year, firmId), ct)))
            .WithName("GetEfficiencyExplanation").WithSummary("Why the firm has its class, line by line: each indicator's value, benchmark, weight, score and rule; land; rank; cut-off").Problems(ApiProblems.Read | ApiProblems.NotFound);
        firm.MapGet("/explanation", async Task<Results<Ok<ExplanationView>, EmptyHttpResult>> (int year, int firmId, IMediator mediator, ITableWriter writer, HttpContext http, CancellationToken ct, string? format = null) =>
            {
                var table = await EfficiencyTables.ExplanationAsync(mediator, year, firmId, ct);
                if (ReportEndpoints.TabularOf(format) is not { } chosen)
                {
                    return TypedResults.Ok((ExplanationView)table.Data);
                }

                await Downloads.WriteAsync(http, $"{table.Title}-{year}-{firmId}", chosen, output => writer.Write(output, chosen, table.Headers, table.Rows));
                return TypedResults.Empty;
            })
            .WithName("GetEfficiencyExplanationTable").WithSummary("The same explanation; `format=csv` or `format=xlsx` answers its lines as a download")
            .Problems(ApiProblems.Read | ApiProblems.NotFound)
            .AddOpenApiOperationTransformer(ApiDocument.AlsoDownloadsAsync);
        firm.MapGet("/whatif", async Task<Ok<WhatIfView>> (int year, int firmId, string to, IMediator mediator, CancellationToken ct, string measure = "tax") =>
                TypedResults.Ok(await mediator.Send(new GetEfficiencyWhatIf(year, firmId, to, measure), ct)))
            .WithName("GetEfficiencyWhatIf").WithSummary("The least amount of a measure (tax unless measure names another) with which the firm reaches class `to`, computed by the evaluation itself").Problems(ApiProblems.Read | ApiProblems.NotFound | ApiProblems.Refused);
        firm.MapPost("/flag", async Task<Ok<FlagView>> (int year, int firmId, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FlagEfficiencyResult(year, firmId, body.Reason), ct)))
            .WithName("FlagEfficiencyResult").WithSummary("A township's data-error flag on the firm's computed result").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firm.MapPost("/flag/dismiss", async Task<Ok<FlagView>> (int year, int firmId, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DismissEfficiencyFlag(year, firmId, body.Reason), ct)))
            .WithName("DismissEfficiencyFlag").WithSummary("The bureau finds the flagged figures right").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firm.MapPost("/objection", async Task<Ok<ObjectionView>> (int year, int firmId, ObjectionRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordEfficiencyObjection(year, firmId, body.Reason, body.Attachment), ct)))
            .WithName("RecordEfficiencyObjection").WithSummary("Record the firm's objection (异议) during the 公示, with the evidence's reference").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firm.MapPost("/objection/decision", async Task<Ok<ObjectionView>> (int year, int firmId, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideEfficiencyObjection(year, firmId, body.Uphold, body.Reason), ct)))
            .WithName("DecideEfficiencyObjection").WithSummary("Uphold (the firm alone is recomputed from its corrected figures) or reject the pending objection").Problems(ApiProblems.Write | ApiProblems.NotFound);

        var record = app.MapGroup("/api/firms/{firmId:int}/efficiency").WithTags(ApiTags.Efficiency);
        record.MapGet(string.Empty, async Task<Ok<FirmEfficiencyView>> (int firmId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetFirmEfficiency(firmId), ct)))
            .WithName("GetFirmEfficiency").WithSummary("The firm's classes by year, remediation cases, parcels and exemption profile").Problems(ApiProblems.Read | ApiProblems.NotFound);
        record.MapPut("/parcels", async Task<Ok<ParcelView>> (int firmId, ParcelRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordLandParcel(firmId, body.Number, body.Area, body.Tenure, body.FromYear, body.ToYear), ct)))
            .WithName("RecordLandParcel").WithSummary("Record a parcel (宗地), replacing the firm's parcel of that number").Problems(ApiProblems.Write | ApiProblems.NotFound);
        record.MapPut("/profile", async Task<Ok<ProfileView>> (int firmId, ProfileRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetEfficiencyProfile(firmId, body.EstablishedYear, body.Kind), ct)))
            .WithName("SetEfficiencyProfile").WithSummary("The year established and the kind of firm the method's exemptions read").Problems(ApiProblems.Write | ApiProblems.NotFound);
        record.MapPut("/case", async Task<Ok<CaseView>> (int firmId, PlanRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PlanRemediation(firmId, body.Action, body.Deadline, body.InProgress, body.Notes, body.ExpectedVersion), ct)))
            .WithName("PlanRemediation").WithSummary("Plan the firm's open remediation case: action, deadline, in progress, notes").Problems(ApiProblems.Write | ApiProblems.NotFound);
        record.MapPost("/case/close", async Task<Ok<CaseView>> (int firmId, CloseRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseRemediation(firmId, body.Outcome, body.ExpectedVersion), ct)))
            .WithName("CloseRemediation").WithSummary("Close the firm's open remediation case with a documented outcome").Problems(ApiProblems.Write | ApiProblems.NotFound);
    }
}
