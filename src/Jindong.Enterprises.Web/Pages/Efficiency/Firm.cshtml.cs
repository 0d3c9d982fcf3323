using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Efficiency;
using Jindong.Enterprises.Application.Tables;
using Jindong.Enterprises.Domain;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Efficiency;

/// <summary>One firm's class explained line by line (<see cref="EfficiencyTables.ExplanationAsync"/>), with the what-if for a class.</summary>
public sealed class FirmModel(IMediator mediator) : JindongPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Measure { get; set; } = "tax";

    protected override string FieldPrefix => string.Empty;

    public ReportTable Table { get; private set; } = null!;

    public ExplanationView View => (ExplanationView)Table.Data;

    public WhatIfView? Answer { get; private set; }

    public Task<IActionResult> OnGetAsync() => ReadAsync(async () =>
    {
        Table = await EfficiencyTables.ExplanationAsync(Mediator, Year, Id, HttpContext.RequestAborted);
        if (!string.IsNullOrWhiteSpace(To))
        {
            try
            {
                Answer = await Mediator.Send(new GetEfficiencyWhatIf(Year, Id, To, Measure));
            }
            catch (InputValidationException invalid)
            {
                foreach (var message in invalid.Errors.SelectMany(e => e.Value))
                {
                    ModelState.AddModelError(string.Empty, message);
                }
            }
            catch (RuleViolationException refused)
            {
                ModelState.AddModelError(string.Empty, refused.Message);
            }
            catch (DomainRuleException refused)
            {
                ModelState.AddModelError(string.Empty, RuleMessages.For(refused));
            }
        }
    });
}
