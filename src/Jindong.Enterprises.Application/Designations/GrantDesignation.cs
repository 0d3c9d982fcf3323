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
using Jindong.Enterprises.Domain.Designations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// Records that a firm was granted a designation in a year (认定): the kind by code, name, or family
/// with <see cref="Level"/>; the certificate or announcement number, the board for 上市/挂牌, the last
/// valid day (the kind's validity from the year when not given) and the announcement it comes from.
/// </summary>
public sealed record GrantDesignation(
    int EnterpriseId,
    string Kind,
    int Year,
    string? Level = null,
    string? Number = null,
    string? Board = null,
    DateOnly? ValidTo = null,
    string? Announcement = null) : ICommand<DesignationView>, IChangesEnterprise;

internal sealed class GrantDesignationValidator : AbstractValidator<GrantDesignation>
{
    public GrantDesignationValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).RequiredText(DesignationKind.NameMaxLength, () => Messages.FieldDesignationKind);
        RuleFor(c => c.Year).GrantYear(clock);
        RuleFor(c => c.Number).ValidText(Designation.NumberMaxLength, () => Messages.FieldDesignationNumber);
        RuleFor(c => c.Board).ValidText(Designation.BoardMaxLength, () => Messages.FieldDesignationBoard);
        RuleFor(c => c.Announcement).ValidText(Designation.SourceMaxLength, () => Messages.FieldDesignationAnnouncement);
    }
}

internal static class DesignationRules
{
    /// <summary>A year the registry takes, and not one that has not begun.</summary>
    public static IRuleBuilderOptions<T, int> GrantYear<T>(this IRuleBuilderInitial<T, int> rule, TimeProvider clock) => rule
        .Cascade(CascadeMode.Stop)
        .ValidYear()
        .Must(y => y <= ChinaTime.CurrentYear(clock))
        .WithMessage((_, y) => string.Format(CultureInfo.CurrentCulture, Messages.DesignationYearInFuture, y, ChinaTime.CurrentYear(clock)));

    /// <summary>Text as stored: trimmed, and null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed class GrantDesignationHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<GrantDesignation, DesignationView>
{
    public async Task<DesignationView> Handle(GrantDesignation command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var kind = await db.RequireKindAsync(command.Kind, command.Level, nameof(command.Kind), cancellationToken);
        if (await db.Designations.AnyAsync(d => d.EnterpriseId == command.EnterpriseId && d.KindId == kind.Id && d.Year == command.Year, cancellationToken))
        {
            throw new InputValidationException(nameof(command.Year), string.Format(CultureInfo.CurrentCulture, Messages.DesignationDuplicate, command.Year, kind.Name));
        }

        var details = new DesignationDetails(
            DesignationRules.Clean(command.Number), DesignationRules.Clean(command.Board), command.ValidTo, DesignationRules.Clean(command.Announcement));
        var grant = Designation.Grant(command.EnterpriseId, kind, command.Year, details, clock.GetUtcNow().UtcDateTime);
        db.Designations.Add(grant);
        await db.SaveChangesAsync(cancellationToken);
        var view = DesignationView.Of(grant, kind, ChinaTime.Today(clock));
        audit.Record(command.EnterpriseId, null, view.Audit());
        return view;
    }
}
