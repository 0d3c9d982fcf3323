using Jindong.Enterprises.Application.Reviews;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>/api/reviews/{year}: the annual tier review — read, start, decide, approve all, sign off, reopen.</summary>
internal static class ReviewEndpoints
{
    public sealed record DecisionRequest(bool Approve, string? Reason);

    public sealed record ReasonRequest(string? Reason);

    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/reviews/{year:int}").WithTags("Reviews");
        reviews.MapGet(string.Empty, async Task<Ok<ReviewView>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new GetReview(year), ct)));
        reviews.MapPost(string.Empty, async Task<Created<ReviewStarted>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created($"/api/reviews/{year}", await mediator.Send(new StartAnnualReview(year), ct)));
        reviews.MapPost("/proposals/{firmId:int}", async Task<Ok<ProposalView>> (int year, int firmId, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DecideProposal(year, firmId, body.Approve, body.Reason ?? string.Empty), ct)));
        reviews.MapPost("/approve-all", async Task<Ok<int>> (int year, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ApproveAllProposals(year, body.Reason ?? string.Empty), ct)));
        reviews.MapPost("/sign-off", async Task<Ok<ReviewSignedOff>> (int year, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new SignOffReview(year), ct)));
        reviews.MapPost("/reopen", async Task<Ok<ReviewReopened>> (int year, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new ReopenReview(year, body.Reason ?? string.Empty), ct)));
    }
}
