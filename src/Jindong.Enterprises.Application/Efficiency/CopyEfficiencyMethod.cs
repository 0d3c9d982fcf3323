using System.Globalization;
using FluentValidation;
using Jindong.Enterprises.Application.Common;
using Jindong.Enterprises.Application.Common.Auditing;
using Jindong.Enterprises.Application.Common.Exceptions;
using Jindong.Enterprises.Application.Common.Persistence;
using Jindong.Enterprises.Application.Common.Security;
using Jindong.Enterprises.Application.Enterprises;
using Jindong.Enterprises.Application.Resources;
using Jindong.Enterprises.Domain.Efficiency;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Jindong.Enterprises.Application.Efficiency;

/// <summary>
/// Starts a year's method as a copy of an earlier year's (the latest before it unless
/// <see cref="FromYear"/> names one), the usual start: the county then enters the new benchmarks.
/// A new name and source may be given. Refused when the year already has a method.
/// </summary>
[Requires(Permission.Administer)]
public sealed record CopyEfficiencyMethod(int Year, int? FromYear = null, string? Name = null, string? Source = null) : ICommand<MethodView>;

internal sealed class CopyEfficiencyMethodValidator : AbstractValidator<CopyEfficiencyMethod>
{
    public CopyEfficiencyMethodValidator()
    {
        RuleFor(c => c.Year).ValidYear();
        RuleFor(c => c.FromYear!.Value).ValidYear().When(c => c.FromYear is not null);
        RuleFor(c => c.FromYear).NotEqual(c => c.Year).WithMessage(_ => Messages.MethodCopyFromItself);
        RuleFor(c => c.Name!).Text(MethodTerms.NameMaxLength, _ => Messages.MethodName).When(c => c.Name is not null);
        RuleFor(c => c.Source!).Text(MethodTerms.SourceMaxLength, _ => Messages.MethodSource).When(c => c.Source is not null);
    }
}

internal sealed class CopyEfficiencyMethodHandler(IApplicationDbContext db, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : IRequestHandler<CopyEfficiencyMethod, MethodView>
{
    public async Task<MethodView> Handle(CopyEfficiencyMethod command, CancellationToken cancellationToken)
    {
        if (await db.EfficiencyMethods.AnyAsync(m => m.Year == command.Year, cancellationToken))
        {
            throw new RuleViolationException(string.Format(CultureInfo.CurrentCulture, Messages.MethodExists, command.Year));
        }

        var source = command.FromYear is { } from
            ? await db.MethodOfAsync(from, cancellationToken)
            : await db.EfficiencyMethods.Where(m => m.Year < command.Year).OrderByDescending(m => m.Year).FirstOrDefaultAsync(cancellationToken)
              ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.MethodNoEarlier, command.Year));
        var terms = source.Terms with { Name = command.Name?.Trim() ?? source.Terms.Name, Source = command.Source?.Trim() ?? source.Terms.Source };
        var method = EfficiencyMethod.Define(command.Year, terms, user.Name, clock.GetUtcNow().UtcDateTime);
        db.EfficiencyMethods.Add(method);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(null, null, new { year = command.Year, copiedFrom = source.Year, version = method.Version, terms });
        return await db.MethodViewAsync(command.Year, cancellationToken);
    }
}
