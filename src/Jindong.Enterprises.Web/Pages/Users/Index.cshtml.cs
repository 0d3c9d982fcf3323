using System.Globalization;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Users;

/// <summary>Bureau staff list the sign-in accounts and create new ones (the Application refuses everyone else).</summary>
public sealed class IndexModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<UserSummary> Accounts { get; private set; } = [];

    public IReadOnlyList<string> Townships { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    public Task<IActionResult> OnPostAsync() => SendAsync(
        async () =>
        {
            var created = await Mediator.Send(new CreateUser(Input.Name ?? string.Empty, Input.Password ?? string.Empty, Input.Role ?? string.Empty, string.IsNullOrWhiteSpace(Input.Township) ? null : Input.Township));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.UserCreated, created.Name);
            return Redirect("/Users");
        },
        async () =>
        {
            await LoadAsync();
            return Page();
        });

    private async Task LoadAsync()
    {
        Accounts = await Mediator.Send(new ListUsers());
        Townships = (await Mediator.Send(new GetReferenceData())).Townships;
    }

    public sealed class UserInput
    {
        public string? Name { get; set; }

        public string? Password { get; set; }

        public string? Role { get; set; }

        public string? Township { get; set; }
    }
}
