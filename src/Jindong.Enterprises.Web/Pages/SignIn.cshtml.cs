using System.ComponentModel.DataAnnotations;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Hosting;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages;

public sealed class SignInModel(IMediator mediator) : JindongPageModel(mediator)
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
        var outcome = await Mediator.Send(new SignIn(Input.UserName ?? string.Empty, Input.Password ?? string.Empty));
        if (outcome.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, outcome.Message ?? string.Empty);
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Principal(user));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    });

    public sealed class SignInInput
    {
        public string? UserName { get; set; }

        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }
}
