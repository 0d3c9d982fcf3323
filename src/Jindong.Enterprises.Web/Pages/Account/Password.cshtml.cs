using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Hosting;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Account;

/// <summary>修改密码, for every signed-in user: the account's other sessions end, this one goes on under the new stamp.</summary>
public sealed class PasswordModel(IMediator mediator, WebSessions sessions) : JindongPageModel(mediator)
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SendAsync(async () =>
    {
        if (await sessions.RefusalForAsync(HttpContext) is { } throttled)
        {
            ModelState.AddModelError(string.Empty, throttled.Message!);
            return Page();
        }

        if (!string.Equals(Input.NewPassword, Input.ConfirmPassword, StringComparison.Ordinal))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PasswordInput.ConfirmPassword)}", WebText.PasswordsDiffer);
            return Page();
        }

        SignedInUser user;
        try
        {
            user = await Mediator.Send(new ChangeOwnPassword(Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty));
        }
        catch (InputValidationException refused) when (refused.Errors.ContainsKey(nameof(ChangeOwnPassword.CurrentPassword)))
        {
            await sessions.RecordFailedPasswordCheckAsync(HttpContext);
            throw;
        }

        await WebSessions.RenewAsync(HttpContext, user);
        TempData["Flash"] = WebText.PasswordChanged;
        return Redirect("/");
    });

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
