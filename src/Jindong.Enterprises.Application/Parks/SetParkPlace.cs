using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Plans;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Parks;

/// <summary>
/// Records where a firm stands from a year on (入园): in a platform of Appendix 1, a micro-park of
/// Appendix 2, another named park, or outside every park. A later year adds history; the same
/// year again corrects that year's record. The 入园率 of any year reads the latest record at or before it.
/// </summary>
public sealed record SetParkPlace(int EnterpriseId, int Year, string? Platform = null, string? MicroPark = null, string? Park = null, bool Outside = false, string? Reason = null)
    : ICommand<ParkPlaceView>, IChangesEnterprise;

/// <param name="Place">platform, micro-park, other-park or outside.</param>
/// <param name="Park">The park's name; null outside.</param>
public sealed record ParkPlaceView(int EnterpriseId, int Year, string Place, string? Park);

internal sealed class SetParkPlaceValidator : AbstractValidator<SetParkPlace>
{
    public SetParkPlaceValidator(TimeProvider clock)
    {
        RuleFor(c => c.Year).ValidYear()
            .Must(y => y <= ChinaTime.CurrentYear(clock))
            .WithMessage(c => string.Format(CultureInfo.CurrentCulture, Messages.ParkYearInFuture, c.Year));
        // Another park is chosen by giving its name, even an empty one: that is then refused for the missing name.
        RuleFor(c => c.Platform)
            .Must((c, _) => new[] { c.Platform, c.MicroPark }.Count(p => !string.IsNullOrWhiteSpace(p)) + (c.Park is null ? 0 : 1) + (c.Outside ? 1 : 0) == 1)
            .WithMessage(_ => Messages.ParkPlaceRequired);
        RuleFor(c => c.Park)
            .Must(p => p is null || !string.IsNullOrWhiteSpace(p)).WithMessage(_ => Messages.ParkNameRequired)
            .ValidText(ParkMembership.ParkNameMaxLength, () => Messages.FieldPark);
        RuleFor(c => c.Reason!).ValidReason().When(c => c.Reason is not null);
    }
}

internal sealed class SetParkPlaceHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<SetParkPlace, ParkPlaceView>
{
    public async Task<ParkPlaceView> Handle(SetParkPlace command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var (place, platformId, microParkId, parkName) = await PlaceAsync(command, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.ParkMemberships.SingleOrDefaultAsync(m => m.EnterpriseId == command.EnterpriseId && m.Year == command.Year, cancellationToken);
        var before = existing is null ? null : await db.ViewAsync(existing.Id, cancellationToken);
        if (existing is null)
        {
            existing = ParkMembership.Record(command.EnterpriseId, command.Year, place, platformId, microParkId, parkName, now);
            db.ParkMemberships.Add(existing);
        }
        else if (!existing.Correct(place, platformId, microParkId, parkName, now))
        {
            return before!;
        }

        await db.SaveChangesAsync(cancellationToken);
        var after = await db.ViewAsync(existing.Id, cancellationToken);
        audit.Record(command.EnterpriseId, before, after, command.Reason?.Trim());
        return after;
    }

    private async Task<(ParkPlace, int?, int?, string?)> PlaceAsync(SetParkPlace command, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(command.Platform))
        {
            var name = command.Platform.Trim();
            var id = await db.Platforms.Where(p => p.Name == name || p.No.ToString() == name).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            return id is null
                ? throw new InputValidationException(nameof(command.Platform), string.Format(CultureInfo.CurrentCulture, Messages.ParkPlatformUnknown, name,
                    string.Join("、", await db.Platforms.OrderBy(p => p.No).Select(p => p.Name).ToListAsync(ct))))
                : (ParkPlace.Platform, id, null, null);
        }

        if (!string.IsNullOrWhiteSpace(command.MicroPark))
        {
            var name = command.MicroPark.Trim();
            var id = await db.MicroParks.Where(p => p.Name == name || p.No.ToString() == name).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            return id is null
                ? throw new InputValidationException(nameof(command.MicroPark), string.Format(CultureInfo.CurrentCulture, Messages.ParkMicroParkUnknown, name))
                : (ParkPlace.MicroPark, null, id, null);
        }

        return command.Outside ? (ParkPlace.Outside, null, null, null) : (ParkPlace.OtherPark, null, null, command.Park!.Trim());
    }
}
