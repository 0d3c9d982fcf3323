using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Web.OpenApi;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jindong.Enterprises.Web.Endpoints;

/// <summary>/api/reviews/{year}: the annual tier review — read, start, decide, approve all, sign off, reopen.</summary>
internal static class ReviewEndpoints
{
    /// <param name="Approve">true approves the proposed move, false rejects it; required, so a misspelt field is never read as a rejection.</param>
    public sealed record DecisionRequest(bool Approve, string Reason);

    public sealed record ReasonRequest(string Reason);

    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var reviews = app.MapGroup("/api/reviews/{year:int}").WithTags(ApiTags.Reviews);
        reviews.MapGet(string.Empty, async Task<Ok<ReviewView>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetReview(year), ct)))
            .WithName("GetReview").WithSummary("The year's review: proposals with their decisions, firms without figures, target summary")
            .Problems(ApiProblems.Read | ApiProblems.NotFound);
        reviews.MapPost(string.Empty, async Task<Created<ReviewStarted>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/reviews/{year}", await mediator.Send(new StartAnnualReview(year), ct)))
            .WithName("StartReview").WithSummary("Start the year's review: propose a move for every firm whose output implies another tier; once per year (else 422)")
            .Problems(ApiProblems.Write);
        reviews.MapPost("/proposals/{firmId:int}", async Task<Ok<ProposalView>> (int year, int firmId, DecisionRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideProposal(year, firmId, body.Approve, body.Reason), ct)))
            .WithName("DecideProposal").WithSummary("Approve or reject one firm's proposed move, with a reason")
            .Problems(ApiProblems.Write | ApiProblems.NotFound);
        reviews.MapPost("/approve-all", async Task<Ok<int>> (int year, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveAllProposals(year, body.Reason), ct)))
            .WithName("ApproveAllProposals").WithSummary("Approve every undecided proposal; answers how many were approved")
            .Problems(ApiProblems.Write | ApiProblems.NotFound);
        reviews.MapPost("/sign-off", async Task<Ok<ReviewSignedOff>> (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SignOffReview(year), ct)))
            .WithName("SignOffReview").WithSummary("Apply the approved moves and close the review; refused (422) while a proposal is undecided")
            .Problems(ApiProblems.Write | ApiProblems.NotFound);
        reviews.MapPost("/reopen", async Task<Ok<ReviewReopened>> (int year, ReasonRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReopenReview(year, body.Reason), ct)))
            .WithName("ReopenReview").WithSummary("Reopen the latest signed-off review, with a reason: its moves are reverted and its proposals can be decided again")
            .Problems(ApiProblems.Write | ApiProblems.NotFound);
    }
}
