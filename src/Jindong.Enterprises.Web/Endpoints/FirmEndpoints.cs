using System.Globalization;
using Jindong.Enterprises.Application.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Targets;
using Jindong.Enterprises.Application.Tiers;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>/api/firms: the registry's firms, their figures, tier moves and targets. Each endpoint sends one MediatR request.</summary>
internal static class FirmEndpoints
{
    public sealed record FirmPage(IReadOnlyList<EnterpriseView> Items, int Total, int Page, int PageSize);

    public sealed record RegisterFirmRequest(string? Name, string? Township, string? CreditCode, string? Segment, string? Target, DateOnly? EffectiveOn = null);

    public sealed record UpdateFirmRequest(string? Name, string? Township, string? CreditCode, string? Segment, int? ExpectedVersion, DateOnly? EffectiveOn = null);

    /// <summary>
    /// A year's figures: the measures by their keys ("output", "tax" …, from the field table) beside
    /// the year. A measure given a number sets it, one given null clears it, an absent one keeps its value.
    /// </summary>
    public sealed record FiguresRequest(int? Year, int? ExpectedVersion)
    {
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? Measures { get; init; }
    }

    public sealed record TierMoveRequest(string? To, int? Year, string? Reason, bool Override = false);

    public sealed record TargetRequest(string? Target, string? Reason, DateOnly? EffectiveOn = null);

    public sealed record MoveOutRequest(string? Reason, bool Closed = false, DateOnly? EffectiveOn = null);

    public static void MapFirmEndpoints(this IEndpointRouteBuilder app)
    {
        var firms = app.MapGroup("/api/firms").WithTags("Firms");
        firms.MapGet(string.Empty, ListAsync);
        firms.MapGet("/{id:int}", async Task<Ok<EnterpriseDetails>> (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetEnterprise(id), ct)));
        firms.MapPost(string.Empty, RegisterAsync);
        firms.MapPut("/{id:int}", async Task<Ok<EnterpriseView>> (int id, UpdateFirmRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new UpdateEnterprise(id, body.Name, body.Township, body.CreditCode, body.Segment, body.ExpectedVersion, body.EffectiveOn), ct)));
        firms.MapPost("/{id:int}/figures", RecordFiguresAsync);
        firms.MapPost("/{id:int}/tier-moves", async Task<Created<TierMoveView>> (int id, TierMoveRequest body, IMediator mediator, CancellationToken ct) =>
        {
            var move = await mediator.Send(new MoveTier(id, body.To!, body.Year ?? 0, body.Reason ?? string.Empty, body.Override), ct);
            return TypedResults.Created($"/api/firms/{id}", move);
        });
        firms.MapPut("/{id:int}/target", async Task<Ok<EnterpriseView>> (int id, TargetRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SetCultivationTarget(id, body.Target!, body.Reason ?? string.Empty, body.EffectiveOn), ct)));
        firms.MapPost("/{id:int}/move-out", async Task<Ok<EnterpriseView>> (int id, MoveOutRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new MoveOutEnterprise(id, body.Reason ?? string.Empty, body.Closed, body.EffectiveOn), ct)));
        firms.MapGet("/{id:int}/target-gap", async Task<Ok<TargetGapView?>> (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok<TargetGapView?>(await mediator.Send(new GetTargetGap(id), ct)));
        firms.MapGet("/{id:int}/audit", async Task<Ok<IReadOnlyList<AuditView>>> (int id, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ListAuditEntries(id), ct)));

        app.MapGet("/api/dashboard", async Task<Ok<DashboardView>> (IMediator mediator, CancellationToken ct, string? plan = null) =>
            TypedResults.Ok(await mediator.Send(new GetDashboard(plan), ct))).WithTags("Dashboard");
        app.MapGet("/api/reference-data", async Task<Ok<ReferenceData>> (IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetReferenceData(), ct))).WithTags("Dashboard");
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
        var id = await mediator.Send(new RegisterEnterprise(body.Name ?? string.Empty, body.Township ?? string.Empty, Blank(body.CreditCode), Blank(body.Segment), Blank(body.Target), body.EffectiveOn), ct);
        return TypedResults.Created($"/api/firms/{id}", await mediator.Send(new GetEnterprise(id), ct));
    }

    private static async Task<Ok<RecordOutcome>> RecordFiguresAsync(int id, FiguresRequest body, IMediator mediator, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.Year is null)
        {
            errors["Year"] = [string.Format(CultureInfo.CurrentCulture, WebText.ValueRequired, WebText.Year)];
        }

        var changes = new List<KeyValuePair<Measure, decimal?>>();
        foreach (var (key, value) in body.Measures ?? [])
        {
            if (!MeasureFields.TryParseKey(key, out var measure))
            {
                errors[key] = [string.Format(CultureInfo.CurrentCulture, WebText.UnknownField, key)];
            }
            else if (value.ValueKind == JsonValueKind.Null)
            {
                changes.Add(KeyValuePair.Create(measure, (decimal?)null));
            }
            else if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            {
                changes.Add(KeyValuePair.Create(measure, (decimal?)number));
            }
            else
            {
                errors[measure.ToString()] = [string.Format(CultureInfo.CurrentCulture, WebText.NotANumber, measure.Label())];
            }
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        return TypedResults.Ok(await mediator.Send(new RecordAnnualFigures(id, body.Year!.Value, FigureChanges.Of(changes), body.ExpectedVersion), ct));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
