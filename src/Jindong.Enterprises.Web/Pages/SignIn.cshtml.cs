using System.ComponentModel.DataAnnotations;
using Jindong.Enterprises.Web.Hosting;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages;

public sealed class SignInModel(IMediator mediator, WebSessions sessions) : JindongPageModel(mediator)
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync() => SendAsync(async () =>
    {
        var attempt = await sessions.SignInAsync(HttpContext, Input.UserName ?? string.Empty, Input.Password ?? string.Empty);
        if (!attempt.Succeeded)
        {
            ModelState.AddModelError(string.Empty, attempt.Message ?? string.Empty);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    });

    public sealed class SignInInput
    {
        public string? UserName { get; set; }

        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
