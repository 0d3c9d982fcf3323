using System.Globalization;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Reviews;

/// <summary>The annual tier review (年度梯队评审): start, approve or reject each proposal with a reason, sign off.</summary>
public sealed class IndexModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>Every refusal goes above the page: a review row is not a form field.</summary>
    protected override string FieldPrefix => string.Empty;

    public ReviewView? Review { get; private set; }

    public string? NotStarted { get; private set; }

    public int ShownYear => Year ?? clock.GetLocalNow().Year - 1;

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    public Task<IActionResult> OnPostStartAsync() => SendAsync(
        async () =>
        {
            var started = await Mediator.Send(new StartAnnualReview(ShownYear));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.ReviewStarted, started.Year, started.Proposals, started.WithoutFigures);
            return RedirectHere();
        },
        RedisplayAsync);

    public Task<IActionResult> OnPostDecideAsync(int firm, bool approve, string? reason) => SendAsync(
        async () =>
        {
            await Mediator.Send(new DecideProposal(ShownYear, firm, approve, reason ?? string.Empty));
            TempData["Flash"] = approve ? WebText.ProposalApproved : WebText.ProposalRejected;
            return RedirectHere();
        },
        RedisplayAsync);

    public Task<IActionResult> OnPostApproveAllAsync(string? reason) => SendAsync(
        async () =>
        {
            var approved = await Mediator.Send(new ApproveAllProposals(ShownYear, reason ?? string.Empty));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.ProposalsApproved, approved);
            return RedirectHere();
        },
        RedisplayAsync);

    public Task<IActionResult> OnPostSignOffAsync() => SendAsync(
        async () =>
        {
            var result = await Mediator.Send(new SignOffReview(ShownYear));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.ReviewSignedOff, result.Year, result.Applied, result.Rejected);
            return RedirectHere();
        },
        RedisplayAsync);

    private RedirectResult RedirectHere() => Redirect($"/Reviews?year={ShownYear}");

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        try
        {
            Review = await Mediator.Send(new GetReview(ShownYear));
        }
        catch (NotFoundException notStarted)
        {
            NotStarted = notStarted.Message;
        }
    }
}
