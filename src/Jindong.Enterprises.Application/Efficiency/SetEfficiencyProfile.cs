using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>Records what a method's exemptions read of a firm: the year it was established and its kind (empty clears).</summary>
public sealed record SetEfficiencyProfile(int EnterpriseId, int? EstablishedYear, string? Kind) : ICommand<ProfileView>, IChangesEnterprise;

internal sealed class SetEfficiencyProfileValidator : AbstractValidator<SetEfficiencyProfile>
{
    public SetEfficiencyProfileValidator(TimeProvider clock)
    {
        RuleFor(c => c.EstablishedYear!.Value)
            .InclusiveBetween(1900, Years.Last)
            .Must(y => y <= ChinaTime.CurrentYear(clock))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.EstablishedYearInvalid, ChinaTime.CurrentYear(clock)))
            .When(c => c.EstablishedYear is not null);
        RuleFor(c => c.Kind)
            .Must(k => k is null || (k.Trim().Length <= Exemptions.KindMaxLength && !k.Any(char.IsControl)))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ExemptKindInvalid, Exemptions.KindMaxLength));
    }
}

internal sealed class SetEfficiencyProfileHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<SetEfficiencyProfile, ProfileView>
{
    public async Task<ProfileView> Handle(SetEfficiencyProfile command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var profile = await db.EfficiencyProfiles.SingleOrDefaultAsync(p => p.EnterpriseId == command.EnterpriseId, cancellationToken);
        var before = profile is null ? null : ProfileView.Of(profile);
        if (profile is null)
        {
            profile = EfficiencyProfile.For(command.EnterpriseId);
            db.EfficiencyProfiles.Add(profile);
        }

        profile.Set(command.EstablishedYear, string.IsNullOrWhiteSpace(command.Kind) ? null : command.Kind.Trim(), user.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var after = ProfileView.Of(profile);
        audit.Record(command.EnterpriseId, before, after);
        return after;
    }
}
