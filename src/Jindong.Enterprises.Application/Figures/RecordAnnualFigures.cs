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
using Jindong.Enterprises.Domain.Figures;
using Jindong.Enterprises.Domain.Tiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Figures;

/// <summary>
/// Records a firm's figures for a year (money in 万元). A second record for the same year is a
/// correction that keeps the earlier version. A firm whose tier was unknown gets its initial
/// tier from these figures. <see cref="ExpectedVersion"/>, when given, refuses a correction if
/// someone else changed the year's figures since they were read.
/// </summary>
public sealed record RecordAnnualFigures(
    int EnterpriseId,
    int Year,
    decimal Output,
    decimal? Revenue = null,
    decimal? Tax = null,
    decimal? ValueAdded = null,
    decimal? Land = null,
    int? Employees = null,
    decimal? Rd = null,
    decimal? Energy = null,
    decimal? Emissions = null,
    int? ExpectedVersion = null) : ICommand<RecordOutcome>
{
    public FigureValues Values => new(Output, Revenue, Tax, ValueAdded, Land, Employees, Rd, Energy, Emissions);
}

/// <summary>What recording did: added the year, corrected it, or found the same values.</summary>
public sealed record RecordOutcome(RecordKind Kind, int Version, string ImpliedTier, string? InitialTier);

public enum RecordKind
{
    Added,
    Corrected,
    Unchanged,
}

internal sealed class RecordAnnualFiguresValidator : AbstractValidator<RecordAnnualFigures>
{
    /// <summary>10^12 万元 is beyond any firm; larger numbers are typing errors.</summary>
    private const decimal Largest = 1_000_000_000_000m;

    public RecordAnnualFiguresValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        Amount(c => c.Output, () => Messages.FieldOutput);
        Amount(c => c.Revenue, () => Messages.FieldRevenue);
        Amount(c => c.Tax, () => Messages.FieldTax);
        Amount(c => c.ValueAdded, () => Messages.FieldValueAdded);
        Amount(c => c.Land, () => Messages.FieldLand);
        Amount(c => c.Rd, () => Messages.FieldRd);
        Amount(c => c.Energy, () => Messages.FieldEnergy);
        Amount(c => c.Emissions, () => Messages.FieldEmissions);
        RuleFor(c => c.Employees).GreaterThanOrEqualTo(0)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ValueNegative, Messages.FieldEmployees));
    }

    private void Amount(System.Linq.Expressions.Expression<Func<RecordAnnualFigures, decimal?>> field, Func<string> name)
    {
        RuleFor(field)
            .GreaterThanOrEqualTo(0).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ValueNegative, name()))
            .LessThan(Largest).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ValueTooLarge, name()));
    }

    private void Amount(System.Linq.Expressions.Expression<Func<RecordAnnualFigures, decimal>> field, Func<string> name)
    {
        RuleFor(field)
            .GreaterThanOrEqualTo(0).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ValueNegative, name()))
            .LessThan(Largest).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ValueTooLarge, name()));
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
        var enterprise = await db.ForChangeAsync(user, command.EnterpriseId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var implied = TierScale.ImpliedBy(command.Output);
        var existing = await db.AnnualFigures.SingleOrDefaultAsync(f => f.EnterpriseId == enterprise.Id && f.Year == command.Year, cancellationToken);

        if (existing is not null && command.ExpectedVersion is { } expected && expected != existing.Version)
        {
            throw new ConflictException(Messages.ConcurrentChange);
        }

        if (existing is not null && existing.Values == command.Values)
        {
            return new RecordOutcome(RecordKind.Unchanged, existing.Version, implied.Name(), null);
        }

        FiguresView? before = null;
        AnnualFigures figures;
        if (existing is null)
        {
            figures = AnnualFigures.Record(enterprise.Id, command.Year, command.Values, FiguresSource.Manual, null, user.Name, now);
            db.AnnualFigures.Add(figures);
        }
        else
        {
            before = FiguresView.Of(existing);
            db.AnnualFiguresRevisions.Add(existing.Correct(command.Values, FiguresSource.Manual, null, user.Name, now));
            figures = existing;
        }

        string? initialTier = null;
        if (enterprise.CurrentTier is null && enterprise.Status == Domain.Enterprises.EnterpriseStatus.Active)
        {
            var reason = string.Format(CultureInfo.CurrentCulture, Messages.InitialMoveReason, command.Year);
            var firmBefore = await db.ViewAsync(enterprise, cancellationToken);
            db.TierMoves.Add(enterprise.MoveTier(new TierMoveRequest(implied, command.Year, reason, implied, false, user.Name, TierMoveKind.Initial), now));
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(enterprise.Id, firmBefore, await db.ViewAsync(enterprise, cancellationToken), reason);
            initialTier = implied.Name();
        }

        await db.SaveChangesAsync(cancellationToken);
        audit.Record(enterprise.Id, before, FiguresView.Of(figures));
        await db.RecomputeProposalAsync(enterprise, command.Year, audit, cancellationToken);
        Serilog.Log.Information("Recorded {Year} figures for {EnterpriseId}, version {Version}", command.Year, enterprise.Id, figures.Version);
        return new RecordOutcome(existing is null ? RecordKind.Added : RecordKind.Corrected, figures.Version, implied.Name(), initialTier);
    }
}
