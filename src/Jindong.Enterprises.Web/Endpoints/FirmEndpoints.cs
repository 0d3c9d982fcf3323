using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Web.OpenApi;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>/api/firms: the registry's firms, their figures, tier moves and targets. Each endpoint sends one MediatR request.</summary>
internal static class FirmEndpoints
{
    public sealed record FirmPage(IReadOnlyList<EnterpriseView> Items, int Total, int Page, int PageSize);

    /// <param name="CreditCodeOverride">Why a real credit code that fails a GB 32100 rule is recorded all the same.</param>
    /// <param name="EffectiveOn">The day the registration takes effect (China time); today when left out.</param>
    public sealed record RegisterFirmRequest(
        string Name,
        string Township,
        string? CreditCode = null,
        string? Segment = null,
        string? Target = null,
        string? CreditCodeOverride = null,
        DateOnly? EffectiveOn = null);

    /// <summary>A field left out (or null) stays as it is.</summary>
    /// <param name="EffectiveOn">The day a township or segment change takes effect (China time); today when left out.</param>
    public sealed record UpdateFirmRequest(
        string? Name = null,
        string? Township = null,
        string? CreditCode = null,
        string? Segment = null,
        int? ExpectedVersion = null,
        string? CreditCodeOverride = null,
        DateOnly? EffectiveOn = null);

    /// <summary>
    /// A year's figures: the measures by their keys ("output", "tax" …, from the field table) beside
    /// the year. A measure given a number sets it, one given null clears it, an absent one keeps its
    /// value; a key that is no measure is refused by name (<see cref="Hosting.JsonBodyContract"/>).
    /// </summary>
    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
    public sealed record FiguresRequest(int Year, int? ExpectedVersion = null)
    {
        /// <summary>The measures' keys and the JSON type each takes: a whole number for a count, else a decimal.</summary>
        public static readonly IReadOnlyDictionary<string, Type> MeasureTypes =
            MeasureFields.All.ToDictionary(f => f.Measure.Key(), f => f.Definition.IsCount ? typeof(int?) : typeof(decimal?), StringComparer.Ordinal);

        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Measures { get; init; }
    }

    public sealed record TierMoveRequest(string To, int Year, string Reason, bool Override = false);

    public sealed record TargetRequest(string Target, string Reason, DateOnly? EffectiveOn = null);

    public sealed record MoveOutRequest(string Reason, bool Closed = false, DateOnly? EffectiveOn = null);

    public static void MapFirmEndpoints(this IEndpointRouteBuilder app)
    {
        var firms = app.MapGroup("/api/firms").WithTags(ApiTags.Firms);
        firms.MapGet(string.Empty, ListAsync)
            .WithName("ListFirms").WithSummary("List firms, filtered, sorted and paged, in the plan's order").Problems(ApiProblems.Read);
        firms.MapGet("/{id:int}", async Task<Ok<EnterpriseDetails>> (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEnterprise(id), ct)))
            .WithName("GetFirm").WithSummary("One firm whole: profile, figures by year with earlier versions, tier history, projects, audit").Problems(ApiProblems.Read | ApiProblems.NotFound);
        firms.MapPost(string.Empty, RegisterAsync)
            .WithName("RegisterFirm").WithSummary("Register a firm the plan does not list").Problems(ApiProblems.Write);
        firms.MapPut("/{id:int}", async Task<Ok<EnterpriseView>> (int id, UpdateFirmRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateEnterprise(id, body.Name, body.Township, body.CreditCode, body.Segment, body.ExpectedVersion, body.EffectiveOn, body.CreditCodeOverride), ct)))
            .WithName("UpdateFirm").WithSummary("Change a firm's profile; with expectedVersion, refused (409) if someone saved in between").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firms.MapPost("/{id:int}/figures", RecordFiguresAsync)
            .WithName("RecordFigures").WithSummary("Record a year's figures (万元, 亩) or correct the measures given (null clears one); a correction keeps the earlier version").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firms.MapPost("/{id:int}/tier-moves", async Task<Created<TierMoveView>> (int id, TierMoveRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var move = await mediator.Send(new MoveTier(id, body.To, body.Year, body.Reason, body.Override), ct);
                return TypedResults.Created($"/api/firms/{id}", move);
            })
            .WithName("MoveTier").WithSummary("Move a firm's tier outside the review; one the year's output does not imply needs override (else 422)").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firms.MapPut("/{id:int}/target", async Task<Ok<EnterpriseView>> (int id, TargetRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetCultivationTarget(id, body.Target, body.Reason, body.EffectiveOn), ct)))
            .WithName("SetTarget").WithSummary("Set a firm's cultivation target (培育目标)").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firms.MapPost("/{id:int}/move-out", async Task<Ok<EnterpriseView>> (int id, MoveOutRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MoveOutEnterprise(id, body.Reason, body.Closed, body.EffectiveOn), ct)))
            .WithName("MoveOutFirm").WithSummary("Take a firm off the active list (moved out, or closed); it stays in history").Problems(ApiProblems.Write | ApiProblems.NotFound);
        firms.MapGet("/{id:int}/target-gap", async Task<Ok<TargetGapView?>> (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok<TargetGapView?>(await mediator.Send(new GetTargetGap(id), ct)))
            .WithName("GetTargetGap").WithSummary("How far the firm's latest output is from its target, and the yearly growth it needs; null without a target").Problems(ApiProblems.Read | ApiProblems.NotFound);
        firms.MapGet("/{id:int}/audit", async Task<Ok<IReadOnlyList<AuditView>>> (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAuditEntries(id), ct)))
            .WithName("ListFirmAudit").WithSummary("The firm's audit trail, newest first: who, when, command, reason, before and after").Problems(ApiProblems.Read | ApiProblems.NotFound);

        var dashboard = app.MapGroup("/api").WithTags(ApiTags.Dashboard).Problems(ApiProblems.Read);
        dashboard.MapGet("/dashboard", async Task<Ok<DashboardView>> (IMediator mediator, CancellationToken ct, string? plan = null) =>
                TypedResults.Ok(await mediator.Send(new GetDashboard(plan), ct)))
            .WithName("GetDashboard").WithSummary("Progress toward a plan's targets (the covering plan unless ?plan= names one), the tier pyramid, firms by township and by industry");
        dashboard.MapGet("/reference-data", async Task<Ok<ReferenceData>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReferenceData(), ct)))
            .WithName("GetReferenceData").WithSummary("Townships, segments and tier names the other endpoints accept");
    }

    private static async Task<Ok<FirmPage>> ListAsync(
        IMediator mediator,
        CancellationToken ct,
        string? township = null,
        string? tier = null,
        string? target = null,
        string? segment = null,
        string? status = null,
        string? q = null,
        string? sort = null,
        int page = 1,
        int pageSize = 50)
    {
        var result = await mediator.Send(new ListEnterprises(Blank(township), Blank(segment), Blank(tier), Blank(target), Blank(status), Blank(q), page, pageSize, Blank(sort)), ct);
        return TypedResults.Ok(new FirmPage(result.Items, result.Total, result.Page, result.PageSize));
    }

    private static async Task<Created<EnterpriseDetails>> RegisterAsync(RegisterFirmRequest body, IMediator mediator, CancellationToken ct)
    {
        var id = await mediator.Send(new RegisterEnterprise(body.Name, body.Township, Blank(body.CreditCode), Blank(body.Segment), Blank(body.Target), body.EffectiveOn, Blank(body.CreditCodeOverride)), ct);
        return TypedResults.Created($"/api/firms/{id}", await mediator.Send(new GetEnterprise(id), ct));
    }

    /// <remarks>The body contract has checked every key is a measure and every value a number or null.</remarks>
    private static async Task<Ok<RecordOutcome>> RecordFiguresAsync(int id, FiguresRequest body, IMediator mediator, CancellationToken ct)
    {
        var changes = (body.Measures ?? []).Select(m => KeyValuePair.Create(
            MeasureFields.TryParseKey(m.Key, out var measure) ? measure : throw new InvalidOperationException($"'{m.Key}' is no measure; the body contract lets none through."),
            m.Value.ValueKind == JsonValueKind.Null ? null : (decimal?)m.Value.GetDecimal()));
        return TypedResults.Ok(await mediator.Send(new RecordAnnualFigures(id, body.Year, FigureChanges.Of(changes), body.ExpectedVersion), ct));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
