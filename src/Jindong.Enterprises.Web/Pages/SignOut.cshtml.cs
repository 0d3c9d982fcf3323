using Jindong.Enterprises.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jindong.Enterprises.Web.Pages;

/// <summary>Signing out ends every session of the account, on every device.</summary>
public sealed class SignOutModel(WebSessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.SignOutAsync(HttpContext);
        return RedirectToPage("/SignIn");
    }
}
