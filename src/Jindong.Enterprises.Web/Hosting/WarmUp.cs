using Jindong.Enterprises.Domain.Users;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Dashboard;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Users;
using Jindong.Enterprises.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Web.Hosting;

/// <summary>
/// Reads what the first users ask for — the firm list and its count, a search, a firm, the
/// dashboard, the reference data — once before the server takes requests: each query is compiled
/// and each cache filled here, not by the first requests racing each other on a cold process
/// (at 500,000 firms, 16 requests to a fresh server completed none within 8 s).
/// </summary>
internal static class WarmUp
{
    public static async Task RunAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = Claims.Principal(new SignedInUser(0, "warm-up", AccountRole.Admin, null, null, string.Empty)),
            RequestServices = scope.ServiceProvider,
        };
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = JindongWeb.Cultures[0];
        try
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new GetReferenceData(), ct);
            await mediator.Send(new ListEnterprises(PageSize: Pages.Firms.IndexModel.PageSize), ct);
            await mediator.Send(new ListEnterprises(Text: "有限公司", PageSize: Pages.Firms.IndexModel.PageSize), ct);
            await mediator.Send(new GetDashboard(), ct);
            var db = scope.ServiceProvider.GetRequiredService<JindongDbContext>();
            if (await db.Enterprises.AsNoTracking().OrderBy(e => e.Id).Select(e => (int?)e.Id).FirstOrDefaultAsync(ct) is { } first)
            {
                await mediator.Send(new GetEnterprise(first), ct);
                await mediator.Send(new GetTargetGap(first), ct);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            accessor.HttpContext = null;
        }
    }
}
