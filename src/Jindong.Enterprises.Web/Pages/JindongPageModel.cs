using Jindong.Enterprises.Application.Common.Exceptions;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jindong.Enterprises.Web.Pages;

/// <summary>
/// A page that sends MediatR requests and shows what the Application refuses: validators'
/// messages beside their fields, a conflict or a rule above the form, 403 and 404 as such.
/// </summary>
public abstract class JindongPageModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    /// <summary>The prefix of the bound form model's fields, e.g. "Input".</summary>
    protected virtual string FieldPrefix => "Input";

    /// <summary>Runs <paramref name="action"/>; on a refusal shows the page again (via <paramref name="redisplay"/>) with the messages.</summary>
    protected async Task<IActionResult> SendAsync(Func<Task<IActionResult>> action, Func<Task<IActionResult>>? redisplay = null)
    {
        try
        {
            return await action();
        }
        catch (InputValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(KeyOf(field), message);
                }
            }
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError(string.Empty, conflict.Message);
        }
        catch (RuleViolationException refusal)
        {
            ModelState.AddModelError(string.Empty, refusal.Message);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return redisplay is null ? Page() : await redisplay();
    }

    /// <summary>Runs a read; 404 and 403 become the status pages.</summary>
    protected async Task<IActionResult> ReadAsync(Func<Task> action)
    {
        try
        {
            await action();
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ForbiddenException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    /// <summary>A validator's field ("Output") as the form's field ("Input.Output"); unknown fields go above the form.</summary>
    protected virtual string KeyOf(string field)
    {
        var key = $"{FieldPrefix}.{field}";
        var model = GetType().GetProperty(FieldPrefix)?.PropertyType;
        return model?.GetProperty(field) is null ? string.Empty : key;
    }
}
