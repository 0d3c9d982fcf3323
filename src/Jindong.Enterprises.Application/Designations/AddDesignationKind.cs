using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Plans;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Designations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Designations;

/// <summary>
/// Adds a kind to the designation catalogue (bureau staff): code, name, family (the name when not
/// given), level, nature, validity in years (none: until ended), the boards a grant names, and the
/// plan counts it adds to (its own name when not given).
/// </summary>
[Requires(Permission.Administer)]
public sealed record AddDesignationKind(
    string Code,
    string Name,
    string? Family = null,
    string? Level = null,
    string Nature = "recognition",
    int? ValidYears = null,
    IReadOnlyList<string>? Boards = null,
    IReadOnlyList<string>? Counts = null) : ICommand<DesignationKindView>;

internal sealed class AddDesignationKindValidator : AbstractValidator<AddDesignationKind>
{
    public AddDesignationKindValidator()
    {
        RuleFor(c => c.Code).RequiredText(DesignationKind.CodeMaxLength, () => Messages.FieldDesignationCode)
            .Must(c => c is null || c.Trim().All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            .WithMessage(_ => Messages.DesignationCodeFormat);
        RuleFor(c => c.Name).RequiredText(DesignationKind.NameMaxLength, () => Messages.FieldDesignationKind);
        RuleFor(c => c.Family).ValidText(DesignationKind.NameMaxLength, () => Messages.FieldDesignationFamily);
        RuleFor(c => c.Level)
            .Must(l => l is null || DesignationLevels.TryParse(l, out _))
            .WithMessage((_, l) => string.Format(CultureInfo.CurrentCulture, Messages.DesignationLevelUnknown, l));
        RuleFor(c => c.Nature).ValidCode<AddDesignationKind, DesignationNature>(() => Messages.FieldDesignationNature);
        RuleFor(c => c.ValidYears).InclusiveBetween(1, 20).When(c => c.ValidYears is not null)
            .WithMessage(_ => Messages.DesignationValidYearsRange);
        RuleFor(c => c)
            .Must(c => string.Join(DesignationKind.ListSeparator, c.Boards ?? []).Length <= DesignationKind.ListMaxLength
                && string.Join(DesignationKind.ListSeparator, c.Counts ?? []).Length <= DesignationKind.ListMaxLength
                && !(c.Boards ?? []).Concat(c.Counts ?? []).Any(t => string.IsNullOrWhiteSpace(t) || t.Contains(DesignationKind.ListSeparator, StringComparison.Ordinal)))
            .WithName(nameof(AddDesignationKind.Boards))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.DesignationListInvalid, DesignationKind.ListMaxLength));
    }
}

internal sealed class AddDesignationKindHandler(IApplicationDbContext db, AuditTrail audit) : IRequestHandler<AddDesignationKind, DesignationKindView>
{
    public async Task<DesignationKindView> Handle(AddDesignationKind command, CancellationToken cancellationToken)
    {
        var code = command.Code.Trim();
        var name = command.Name.Trim();
        if (await db.DesignationKinds.AnyAsync(k => k.Code == code || k.Name == name, cancellationToken))
        {
            throw new InputValidationException(nameof(command.Name), string.Format(CultureInfo.CurrentCulture, Messages.DesignationKindExists, code, name));
        }

        DesignationLevel? level = DesignationLevels.TryParse(command.Level, out var parsed) ? parsed : null;
        var nature = Codes.Parse<DesignationNature>(command.Nature);
        var order = (await db.DesignationKinds.MaxAsync(k => (int?)k.SortOrder, cancellationToken) ?? 0) + 1;
        string? List(IReadOnlyList<string>? items) => items is { Count: > 0 } ? string.Join(DesignationKind.ListSeparator, items.Select(i => i.Trim())) : null;
        var kind = DesignationKind.Create(code, name, command.Family?.Trim() is { Length: > 0 } family ? family : name, level, nature, command.ValidYears, List(command.Boards), List(command.Counts), order);
        db.DesignationKinds.Add(kind);
        await db.SaveChangesAsync(cancellationToken);
        var view = DesignationKindView.Of(kind);
        audit.Record(null, null, new DesignationKindAudit(view.Name, view.Family, view.Level, view.Nature, view.ValidYears, view.Boards, view.Counts));
        return view;
    }
}

/// <summary>A catalogue entry as the audit trail stores it.</summary>
public sealed record DesignationKindAudit(string Designation, string Family, string? Level, string Nature, int? ValidYears, IReadOnlyList<string> Boards, IReadOnlyList<string> Counts);
