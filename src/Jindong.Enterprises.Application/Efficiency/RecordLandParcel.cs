using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Figures;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using Jindong.Enterprises.Domain.Figures;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Records a parcel (宗地) of a firm — owned, leased in or leased out, from a year (to a year) —
/// or replaces the firm's parcel of that number. From then on the firm's land for 亩均 is its net
/// parcels in each year it holds any, instead of the annual 用地面积.
/// </summary>
public sealed record RecordLandParcel(int EnterpriseId, string Number, decimal AreaMu, string Tenure, int FromYear, int? ToYear = null) : ICommand<ParcelView>, IChangesEnterprise;

internal sealed class RecordLandParcelValidator : AbstractValidator<RecordLandParcel>
{
    public RecordLandParcelValidator()
    {
        RuleFor(c => c.Number)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.ParcelNumberRequired)
            .Must(n => n is null || (n.Trim().Length <= LandParcel.NumberMaxLength && !n.Any(char.IsControl)))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ParcelNumberTooLong, LandParcel.NumberMaxLength));
        RuleFor(c => c.AreaMu)
            .GreaterThan(0m).WithMessage(_ => Messages.ParcelAreaPositive)
            .Must(a => MeasureRules.Check(Measure.Land, a) is null && Measures.Round(a) == a)
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ParcelAreaInvalid, Measures.Decimals));
        RuleFor(c => c.Tenure)
            .Must(t => Codes.TryParse<LandTenure>(t, out _))
            .WithMessage(c => string.Format(CultureInfo.CurrentCulture, Messages.TenureUnknown, c.Tenure));
        RuleFor(c => c.FromYear).ValidYear();
        RuleFor(c => c.ToYear!.Value).ValidYear().GreaterThanOrEqualTo(c => c.FromYear)
            .WithMessage(_ => Messages.ParcelYearsOrder).When(c => c.ToYear is not null);
    }
}

internal sealed class RecordLandParcelHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordLandParcel, ParcelView>
{
    public async Task<ParcelView> Handle(RecordLandParcel command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var number = command.Number.Trim();
        var tenure = Codes.TryParse<LandTenure>(command.Tenure, out var parsed) ? parsed : throw new InvalidOperationException("Validated tenure.");
        var existing = await db.LandParcels.SingleOrDefaultAsync(p => p.EnterpriseId == command.EnterpriseId && p.Number == number, cancellationToken);
        var before = existing is null ? null : ParcelView.Of(existing);
        if (existing is not null)
        {
            db.LandParcels.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        var parcel = LandParcel.Record(command.EnterpriseId, number, command.AreaMu, tenure, command.FromYear, command.ToYear, user.Name, clock.GetUtcNow().UtcDateTime);
        db.LandParcels.Add(parcel);
        await db.SaveChangesAsync(cancellationToken);
        var after = ParcelView.Of(parcel);
        audit.Record(command.EnterpriseId, before, after);
        return after;
    }
}

/// <summary>Removes a firm's parcel by its number.</summary>
public sealed record RemoveLandParcel(int EnterpriseId, string Number) : ICommand<ParcelView>, IChangesEnterprise;

internal sealed class RemoveLandParcelValidator : AbstractValidator<RemoveLandParcel>
{
    public RemoveLandParcelValidator() => RuleFor(c => c.Number).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => Messages.ParcelNumberRequired);
}

internal sealed class RemoveLandParcelHandler(IApplicationDbContext db, AuditTrail audit) : IRequestHandler<RemoveLandParcel, ParcelView>
{
    public async Task<ParcelView> Handle(RemoveLandParcel command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var number = command.Number.Trim();
        var parcel = await db.LandParcels.SingleOrDefaultAsync(p => p.EnterpriseId == command.EnterpriseId && p.Number == number, cancellationToken)
            ?? throw new Common.Exceptions.NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.ParcelNotFound, number));
        var view = ParcelView.Of(parcel);
        db.LandParcels.Remove(parcel);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(command.EnterpriseId, view, null);
        return view;
    }
}
