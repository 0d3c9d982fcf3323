using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Application.Reviews;
using Jindong.Enterprises.Domain.Enterprises;
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Figures;

/// <summary>
/// Records a firm's figures for a year (money in 万元), or corrects them. A correction changes only
/// the measures <see cref="Changes"/> names (setting or clearing them) and keeps the earlier version;
/// a first record must give the output value. A firm whose tier was unknown gets its initial tier
/// from these figures. <see cref="ExpectedVersion"/>, when given, refuses a correction if someone
/// else changed the year's figures since they were read.
/// </summary>
public sealed record RecordAnnualFigures(int EnterpriseId, int Year, FigureChanges Changes, int? ExpectedVersion = null)
    : ICommand<RecordOutcome>, IChangesEnterprise;

/// <summary>What recording did: added the year, corrected it, or found the same values; and each measure it changed.</summary>
public sealed record RecordOutcome(RecordKind Kind, int Version, string ImpliedTier, string? InitialTier, IReadOnlyList<MeasureChange> Changed);

/// <summary>One measure before and after a record (null: not reported).</summary>
public sealed record MeasureChange(Measure Measure, decimal? Before, decimal? After)
{
    public static IReadOnlyList<MeasureChange> Between(FigureValues? before, FigureValues after) =>
        after.ChangedFrom(before)
            .Select(m => new MeasureChange(m, before?[m], after[m]))
            .Where(c => c.Before != c.After)
            .ToList();
}

public enum RecordKind
{
    Added,
    Corrected,
    Unchanged,
}

internal sealed class RecordAnnualFiguresValidator : AbstractValidator<RecordAnnualFigures>
{
    public RecordAnnualFiguresValidator(TimeProvider clock)
    {
        RuleFor(c => c.Year).ValidFiguresYear(clock);
        RuleFor(c => c.Changes).ValidMeasures();
    }
}

internal sealed class RecordAnnualFiguresHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditTrail audit,
    TimeProvider clock) : IRequestHandler<RecordAnnualFigures, RecordOutcome>
{
    public async Task<RecordOutcome> Handle(RecordAnnualFigures command, CancellationToken cancellationToken)
    {
        var enterprise = await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.AnnualFigures.SingleOrDefaultAsync(f => f.EnterpriseId == enterprise.Id && f.Year == command.Year, cancellationToken);

        if (existing is not null && command.ExpectedVersion is { } expected && expected != existing.Version)
        {
            throw new ConflictException(Messages.ConcurrentChange);
        }

        if (existing is null && command.Changes.Entries.GetValueOrDefault(Measure.Output) is null)
        {
            throw new InputValidationException(nameof(Measure.Output), string.Format(CultureInfo.CurrentCulture, Messages.OutputRequiredFirst, command.Year));
        }

        var previous = existing?.Values;
        var values = command.Changes.ApplyTo(previous);
        var implied = TierScale.ImpliedBy(values.OutputWan);
        if (existing is not null && existing.Values == values)
        {
            return new RecordOutcome(RecordKind.Unchanged, existing.Version, implied.Name(), null, []);
        }

        FiguresView? before = null;
        AnnualFigures figures;
        if (existing is null)
        {
            figures = AnnualFigures.Record(enterprise.Id, command.Year, values, FiguresSource.Manual, null, user.Name, now);
            db.AnnualFigures.Add(figures);
        }
        else
        {
            before = FiguresView.Of(existing);
            db.AnnualFiguresRevisions.Add(existing.Correct(values, FiguresSource.Manual, null, user.Name, now));
            figures = existing;
        }

        string? initialTier = null;
        if (enterprise.CurrentTier is null && enterprise.Status == EnterpriseStatus.Active)
        {
            var reason = string.Format(CultureInfo.CurrentCulture, Messages.InitialMoveReason, command.Year);
            var firmBefore = await db.ViewAsync(enterprise, cancellationToken);
            enterprise.MoveTier(new TierMoveRequest(implied, command.Year, reason, implied, false, user.Name, TierMoveKind.Initial), now);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(enterprise.Id, firmBefore, await db.ViewAsync(enterprise, cancellationToken), reason);
            initialTier = implied.Name();
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Record(enterprise.Id, before, FiguresView.Of(figures));
        await db.RecomputeProposalAsync(enterprise, command.Year, audit, cancellationToken);
        Serilog.Log.Information("Recorded {Year} figures for {EnterpriseId}, version {Version}", command.Year, enterprise.Id, figures.Version);
        return new RecordOutcome(
            existing is null ? RecordKind.Added : RecordKind.Corrected, figures.Version, implied.Name(), initialTier, MeasureChange.Between(previous, values));
    }
}
