using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Designations;
using MediatR;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// Corrects what a grant says: only the fields given change, and <see cref="Clear"/> names the ones
/// to empty (number, validTo, announcement). The firm, kind and year are the grant itself: a grant
/// recorded under the wrong ones is ended (or left) and the right one granted.
/// </summary>
public sealed record CorrectDesignation(
    int EnterpriseId,
    int DesignationId,
    string? Number = null,
    string? Board = null,
    DateOnly? ValidTo = null,
    string? Announcement = null,
    IReadOnlyList<string>? Clear = null,
    string? Reason = null) : ICommand<DesignationView>, IChangesEnterprise
{
    public static readonly IReadOnlyList<string> Clearable = ["number", "validTo", "announcement"];
}

internal sealed class CorrectDesignationValidator : AbstractValidator<CorrectDesignation>
{
    public CorrectDesignationValidator()
    {
        RuleFor(c => c.Number).ValidText(Designation.NumberMaxLength, () => Messages.FieldDesignationNumber);
        RuleFor(c => c.Board).ValidText(Designation.BoardMaxLength, () => Messages.FieldDesignationBoard);
        RuleFor(c => c.Announcement).ValidText(Designation.SourceMaxLength, () => Messages.FieldDesignationAnnouncement);
        RuleForEach(c => c.Clear)
            .Must(f => CorrectDesignation.Clearable.Contains(f, StringComparer.OrdinalIgnoreCase))
            .WithMessage((_, f) => string.Format(CultureInfo.CurrentCulture, Messages.DesignationClearUnknown, f));
        RuleFor(c => c.Reason!).ValidReason().When(c => c.Reason is not null);
        RuleFor(c => c)
            .Must(c => c.Number is not null || c.Board is not null || c.ValidTo is not null || c.Announcement is not null || c.Clear is { Count: > 0 })
            .WithName("Correct")
            .WithMessage(_ => Messages.NothingToUpdate);
    }
}

internal sealed class CorrectDesignationHandler(IApplicationDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<CorrectDesignation, DesignationView>
{
    public async Task<DesignationView> Handle(CorrectDesignation command, CancellationToken cancellationToken)
    {
        await db.ForChangeAsync(command.EnterpriseId, cancellationToken);
        var (grant, kind) = await db.GrantForChangeAsync(command.EnterpriseId, command.DesignationId, cancellationToken);
        var today = ChinaTime.Today(clock);
        var before = DesignationView.Of(grant, kind, today);
        bool Cleared(string field) => command.Clear?.Contains(field, StringComparer.OrdinalIgnoreCase) == true;
        var was = grant.Details();
        var details = new DesignationDetails(
            Cleared("number") ? null : DesignationRules.Clean(command.Number) ?? was.Number,
            DesignationRules.Clean(command.Board) ?? was.Board,
            Cleared("validTo") ? null : command.ValidTo ?? was.ValidUntil,
            Cleared("announcement") ? null : DesignationRules.Clean(command.Announcement) ?? was.Source);
        if (!grant.Correct(kind, details))
        {
            return before;
        }

        await db.SaveChangesAsync(cancellationToken);
        var after = DesignationView.Of(grant, kind, today);
        audit.Record(command.EnterpriseId, before.Audit(), after.Audit(), command.Reason?.Trim());
        return after;
    }
}
