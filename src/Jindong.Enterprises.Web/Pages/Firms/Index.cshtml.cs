using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Jindong.Enterprises.Web.Pages.Firms;

public sealed class IndexModel(IMediator mediator) : JindongPageModel(mediator)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Township { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tier { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Segment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNo { get; set; } = 1;

    public PagedResult<EnterpriseView> Result { get; private set; } = new([], 0, 1, PageSize);

    public ReferenceData Reference { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Designation { get; set; }

    /// <summary>The catalogue, for the designation filter.</summary>
    public IReadOnlyList<Application.Designations.DesignationKindView> Kinds { get; private set; } = [];

    /// <summary>Each listed firm's designations held today, as badges.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Badges { get; private set; } = new Dictionary<int, IReadOnlyList<string>>();

    public int Pages => Math.Max(1, (Result.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Reference = await Mediator.Send(new GetReferenceData());
        try
        {
            Kinds = await Mediator.Send(new Application.Designations.ListDesignationKinds());
            Result = await Mediator.Send(new ListEnterprises(Blank(Township), Blank(Segment), Blank(Tier), Blank(Target), Blank(Status), Blank(Q), Math.Max(1, PageNo), PageSize, Blank(Sort), Blank(Designation)));
            Badges = await Mediator.Send(new Application.Designations.GetHeldDesignations(Result.Items.Select(f => f.Id).ToList()));
        }
        catch (InputValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
        }
    }

    /// <summary>This list's address with one parameter changed (and back to the first page unless the page is what changes).</summary>
    public string With(string name, string? value)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["township"] = Township,
            ["tier"] = Tier,
            ["target"] = Target,
            ["segment"] = Segment,
            ["status"] = Status,
            ["q"] = Q,
            ["designation"] = Designation,
            ["sort"] = Sort,
            ["p"] = name == "p" ? null : "1",
        };
        values[name] = value;
        var query = string.Join("&", values.Where(kv => !string.IsNullOrEmpty(kv.Value) && !(kv.Key == "p" && kv.Value == "1"))
            .Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}"));
        return query.Length == 0 ? "/Firms" : "/Firms?" + query;
    }

    public string SortLink(string key) => With("sort", Sort == key ? "-" + key : key);

    public string SortState(string key) => Sort == key ? "ascending" : Sort == "-" + key ? "descending" : "none";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
