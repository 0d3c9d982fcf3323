using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Caching;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Domain.Users;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Dashboard;

/// <summary>What an administrator does first with a new registry, and which of it is done: the dashboard's 「开始使用」.</summary>
[Requires(Permission.Administer)]
public sealed record GetFirstSteps : IQuery<FirstSteps>;

/// <param name="AccountsAdded">Someone besides the bureau's administrators can sign in (a clerk, an officer, the panel).</param>
/// <param name="FiguresRecorded">A year's figures are in (imported or entered).</param>
/// <param name="ReviewStarted">An annual review has been started.</param>
/// <param name="CurrentPlan">A plan covers this year (the 十五五 entered), so progress has targets.</param>
public sealed record FirstSteps(bool AccountsAdded, bool FiguresRecorded, bool ReviewStarted, bool CurrentPlan)
{
    public bool AllDone => AccountsAdded && FiguresRecorded && ReviewStarted && CurrentPlan;
}

internal sealed class GetFirstStepsHandler(IApplicationDbContext db, RegistryCache cache, TimeProvider clock) : IRequestHandler<GetFirstSteps, FirstSteps>
{
    /// <summary>Read once per registry version (every command bumps it), since admins open the dashboard often.</summary>
    public Task<FirstSteps> Handle(GetFirstSteps query, CancellationToken cancellationToken)
    {
        var year = ChinaTime.CurrentYear(clock);
        return cache.GetAsync(db, $"first-steps:{year}", async ct => new FirstSteps(
            await db.Users.AnyAsync(u => u.Role != AccountRole.Admin, ct),
            await db.AnnualFigures.AnyAsync(ct),
            await db.AnnualReviews.AnyAsync(ct),
            await db.Plans.AnyAsync(p => p.FirstYear <= year && year <= p.LastYear, ct)), cancellationToken);
    }
}
