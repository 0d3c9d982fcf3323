using System.Globalization;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Efficiency;

/// <summary>
/// A year's 亩均 method: read by everyone; administrators start a year as a copy of the latest earlier
/// one and replace its terms as the method file (JSON, the format `efficiency method import` reads).
/// </summary>
public sealed class MethodModel(IMediator mediator, TimeProvider clock) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public int? ExpectedVersion { get; set; }

    protected override string FieldPrefix => string.Empty;

    public MethodView? Method { get; private set; }

    public string? Missing { get; private set; }

    public int ShownYear => Year ?? ChinaTime.CurrentYear(clock) - 1;

    public Task<IActionResult> OnGetAsync() => ReadAsync(LoadAsync);

    public Task<IActionResult> OnPostCopyAsync() => SendAsync(
        async () =>
        {
            var method = await Mediator.Send(new CopyEfficiencyMethod(ShownYear));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.EfficiencyMethodCopied, method.Year, method.Terms.Name);
            return Redirect($"/Efficiency/Method?year={ShownYear}");
        },
        RedisplayAsync);

    public Task<IActionResult> OnPostSaveAsync() => SendAsync(
        async () =>
        {
            var method = await Mediator.Send(new DefineEfficiencyMethod(ShownYear, MethodJson.Read(Text ?? string.Empty), ExpectedVersion));
            TempData["Flash"] = string.Format(CultureInfo.CurrentCulture, WebText.EfficiencyMethodSaved, method.Year, method.Version);
            return Redirect($"/Efficiency/Method?year={ShownYear}");
        },
        RedisplayAsync);

    /// <summary>The page again with the text as typed, so a refused edit is not lost.</summary>
    private async Task<IActionResult> RedisplayAsync()
    {
        var typed = Text;
        await LoadAsync();
        Text = typed;
        return Page();
    }

    private async Task LoadAsync()
    {
        try
        {
            Method = await Mediator.Send(new GetEfficiencyMethod(ShownYear));
            Text = MethodJson.Write(Method.Terms);
            ExpectedVersion = Method.Version;
        }
        catch (NotFoundException missing)
        {
            Missing = missing.Message;
        }
    }
}
