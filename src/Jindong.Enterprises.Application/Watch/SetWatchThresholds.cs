using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Watch;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Watch;

/// <summary>Changes the watch lists' thresholds (bureau staff); a value not given stays as it is. Shares and rates are fractions (0.7 = 70 %).</summary>
[Requires(Permission.Administer)]
public sealed record SetWatchThresholds(decimal? CandidateShare = null, decimal? RiskMargin = null, decimal? PathGrowth = null, decimal? JumpFactor = null, string? Reason = null)
    : ICommand<WatchLimits>;

/// <summary>The thresholds as they stand.</summary>
public sealed record GetWatchThresholds : IQuery<WatchLimits>;

internal sealed class SetWatchThresholdsValidator : AbstractValidator<SetWatchThresholds>
{
    public SetWatchThresholdsValidator()
    {
        RuleFor(c => c.CandidateShare).ExclusiveBetween(0m, 1m).When(c => c.CandidateShare is not null).WithMessage(_ => Messages.WatchShareRange);
        RuleFor(c => c.RiskMargin).ExclusiveBetween(0m, 1m).When(c => c.RiskMargin is not null).WithMessage(_ => Messages.WatchShareRange);
        RuleFor(c => c.PathGrowth).ExclusiveBetween(0m, 10m).When(c => c.PathGrowth is not null).WithMessage(_ => Messages.WatchGrowthRange);
        RuleFor(c => c.JumpFactor).ExclusiveBetween(1m, 100m).When(c => c.JumpFactor is not null).WithMessage(_ => Messages.WatchFactorRange);
        RuleFor(c => c.Reason!).ValidReason().When(c => c.Reason is not null);
        RuleFor(c => c)
            .Must(c => c.CandidateShare is not null || c.RiskMargin is not null || c.PathGrowth is not null || c.JumpFactor is not null)
            .WithName("Thresholds")
            .WithMessage(_ => Messages.NothingToUpdate);
    }
}

internal sealed class SetWatchThresholdsHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<SetWatchThresholds, WatchLimits>
{
    public async Task<WatchLimits> Handle(SetWatchThresholds command, CancellationToken cancellationToken)
    {
        var thresholds = await db.WatchThresholds.SingleAsync(cancellationToken);
        var before = thresholds.Limits();
        static decimal? Round(decimal? value) => value is { } v ? Measures.Round(v) : null;
        var after = new WatchLimits(
            Round(command.CandidateShare) ?? before.CandidateShare,
            Round(command.RiskMargin) ?? before.RiskMargin,
            Round(command.PathGrowth) ?? before.PathGrowth,
            Round(command.JumpFactor) ?? before.JumpFactor);
        if (!thresholds.Change(after, clock.GetUtcNow().UtcDateTime))
        {
            return before;
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Record(null, before, after, command.Reason?.Trim());
        return after;
    }
}

internal sealed class GetWatchThresholdsHandler(IApplicationDbContext db) : IRequestHandler<GetWatchThresholds, WatchLimits>
{
    public Task<WatchLimits> Handle(GetWatchThresholds query, CancellationToken cancellationToken) => db.WatchLimitsAsync(cancellationToken);
}
